using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2035EnvironmentFilesTests
    {
        private static string With(string files) => Tdk2Json.Ec2(Tdk2Json.Container("web", "\"environmentFiles\": " + files));

        [Theory]
        [InlineData("[{ \"value\": \"arn:aws:s3:::bucket/app.env\" }]", "type")]
        [InlineData("[{ \"type\": \"S3\", \"value\": \"arn:aws:s3:::bucket/app.env\" }]", "type")]
        [InlineData("[{ \"type\": \"s3\" }]", "value")]
        [InlineData("[{ \"type\": \"s3\", \"value\": \"s3://bucket/app.env\" }]", "value")]
        [InlineData("[{ \"type\": \"s3\", \"value\": \"arn:aws:s3:::bucket/app.txt\" }]", "value")]
        [InlineData("[{ \"type\": \"s3\", \"value\": \"arn:aws:s3:::bucket\" }]", "value")]
        public void Fires_on_bad_entries(string files, string member) =>
            RuleAssert.Fires(RuleIds.EnvironmentFiles, With(files), "/containerDefinitions/0/environmentFiles/0/" + member, RuleSeverity.Error);

        [Fact]
        public void Fires_on_more_than_10_files()
        {
            string files = "[" + string.Join(", ", Enumerable.Range(1, 11).Select(n => "{ \"type\": \"s3\", \"value\": \"arn:aws:s3:::bucket/" + n + ".env\" }")) + "]";
            RuleAssert.Fires(RuleIds.EnvironmentFiles, With(files), "/containerDefinitions/0/environmentFiles/10");
        }

        [Fact]
        public void Silent_on_valid_files() =>
            RuleAssert.Silent(RuleIds.EnvironmentFiles, With("[{ \"type\": \"s3\", \"value\": \"arn:aws:s3:::bucket/config/app.env\" }, { \"type\": \"s3\", \"value\": \"arn:aws-cn:s3:::b/x.env\" }]"));
    }
}
