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

        [Theory]
        [InlineData("arn:aws:s3:::bucket/.env")]
        [InlineData("arn:aws:s3:::bucket/dir/.env")]
        [InlineData("arn:aws:s3:::bucket/app.env")]
        public void Silent_on_a_key_that_is_dot_env_at_any_depth(string arn) =>
            RuleAssert.Silent(RuleIds.EnvironmentFiles, With("[{ \"type\": \"s3\", \"value\": \"" + arn + "\" }]"));

        [Theory]
        [InlineData("arn:aws:s3:::bucket/.envrc", "the object key must end in .env")]
        [InlineData("arn:aws:s3:::bucket/dir/env", "the object key must end in .env")]
        [InlineData("arn:aws:s3:::bucket", "it names a bucket, not an object")]
        [InlineData("s3://bucket/.env", "not an s3:// URL")]
        public void Message_matches_the_check(string arn, string why)
        {
            var found = RuleAssert.Fires(RuleIds.EnvironmentFiles, With("[{ \"type\": \"s3\", \"value\": \"" + arn + "\" }]"), "/containerDefinitions/0/environmentFiles/0/value");
            Assert.Contains(why, found.Single().Message);
        }

        [Fact]
        public void Silent_on_valid_files() =>
            RuleAssert.Silent(RuleIds.EnvironmentFiles, With("[{ \"type\": \"s3\", \"value\": \"arn:aws:s3:::bucket/config/app.env\" }, { \"type\": \"s3\", \"value\": \"arn:aws-cn:s3:::b/x.env\" }]"));
    }
}
