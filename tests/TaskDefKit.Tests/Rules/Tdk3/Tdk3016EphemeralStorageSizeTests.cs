using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3016EphemeralStorageSizeTests
    {
        private const string Pointer = "/ephemeralStorage/sizeInGiB";

        private static string Fargate(string storage) =>
            Definitions.FargateWeb.Replace("\"cpu\": \"256\",", "\"cpu\": \"256\",\n  \"ephemeralStorage\": " + storage + ",");

        private static string Fargate(int size) => Fargate("{ \"sizeInGiB\": " + size + " }");

        [Theory]
        [InlineData(21)]
        [InlineData(100)]
        [InlineData(200)]
        public void Silent_from_21_to_200_GiB(int size)
        {
            RuleAssert.Silent(RuleIds.EphemeralStorageSize, Fargate(size));
        }

        [Fact]
        public void Fires_on_20_GiB_and_explains_that_20_is_the_default()
        {
            var found = RuleAssert.Fires(RuleIds.EphemeralStorageSize, Fargate(20), Pointer, RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains("20 GiB", found[0].Message);
            Assert.Contains("default", found[0].Message);
            Assert.Contains("21-200", found[0].Message);
        }

        [Fact]
        public void Fires_on_201_GiB_naming_the_maximum()
        {
            var found = RuleAssert.Fires(RuleIds.EphemeralStorageSize, Fargate(201), Pointer, RuleSeverity.Error);
            Assert.Contains("201 GiB", found[0].Message);
            Assert.Contains("200", found[0].Message);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(-5)]
        public void Fires_below_the_minimum(int size)
        {
            var found = RuleAssert.Fires(RuleIds.EphemeralStorageSize, Fargate(size), Pointer, RuleSeverity.Error);
            Assert.Contains(size + " GiB", found[0].Message);
            Assert.Contains("21", found[0].Message);
        }

        [Fact]
        public void Fires_on_a_huge_value()
        {
            RuleAssert.Fires(RuleIds.EphemeralStorageSize, Fargate(1024), Pointer, RuleSeverity.Error);
        }

        [Fact]
        public void Fires_when_size_is_missing()
        {
            var found = RuleAssert.Fires(RuleIds.EphemeralStorageSize, Fargate("{}"), Pointer, RuleSeverity.Error);
            Assert.Contains("no sizeInGiB", found[0].Message);
        }

        [Fact]
        public void Judges_a_quoted_number_by_its_value()
        {
            // The reader reports the quotes (TDK0003) and keeps the number; the size itself is then judged normally.
            RuleAssert.Silent(RuleIds.EphemeralStorageSize, Fargate("{ \"sizeInGiB\": \"30\" }"));
            RuleAssert.Fires(RuleIds.EphemeralStorageSize, Fargate("{ \"sizeInGiB\": \"20\" }"), Pointer);
        }

        [Fact]
        public void Fires_whatever_the_launch_type()
        {
            string ec2 = """{ "family": "x", "ephemeralStorage": { "sizeInGiB": 201 }, "containerDefinitions": [{ "name": "a", "image": "nginx", "memory": 128 }] }""";
            RuleAssert.Fires(RuleIds.EphemeralStorageSize, ec2, Pointer, RuleSeverity.Error);
            RuleAssert.Fires(RuleIds.EphemeralStorageSize, ec2, Pointer, RuleSeverity.Error, new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
        }

        [Fact]
        public void Silent_without_ephemeral_storage()
        {
            RuleAssert.Silent(RuleIds.EphemeralStorageSize, Definitions.FargateWeb);
        }
    }
}
