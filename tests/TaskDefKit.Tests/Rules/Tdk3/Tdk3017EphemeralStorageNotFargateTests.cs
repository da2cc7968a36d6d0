using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3017EphemeralStorageNotFargateTests
    {
        private static string Task(string compatibilities) => $$"""
            {
              "family": "x",
              {{compatibilities}}
              "ephemeralStorage": { "sizeInGiB": 50 },
              "containerDefinitions": [{ "name": "a", "image": "nginx", "memory": 128 }]
            }
            """;

        [Fact]
        public void Warns_without_requires_compatibilities()
        {
            RuleAssert.Fires(RuleIds.EphemeralStorageNotFargate, Task(string.Empty), "/ephemeralStorage", RuleSeverity.Warning);
        }

        [Fact]
        public void Warns_for_ec2_only()
        {
            RuleAssert.Fires(RuleIds.EphemeralStorageNotFargate, Task("\"requiresCompatibilities\": [\"EC2\"],"), "/ephemeralStorage", RuleSeverity.Warning);
        }

        [Fact]
        public void Silent_when_fargate_is_listed()
        {
            RuleAssert.Silent(RuleIds.EphemeralStorageNotFargate, Task("\"requiresCompatibilities\": [\"EC2\", \"FARGATE\"],"));
        }

        [Fact]
        public void Silent_when_the_target_launch_type_is_fargate()
        {
            RuleAssert.Silent(RuleIds.EphemeralStorageNotFargate, Task(string.Empty), new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
        }

        [Fact]
        public void Silent_without_ephemeral_storage()
        {
            RuleAssert.Silent(RuleIds.EphemeralStorageNotFargate, Definitions.Ec2Bridge);
        }
    }
}
