using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6010FireLensConfigurationTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens" } }""";

        private static string Router(string firelens) =>
            """{ "name": "log_router", "image": "amazon/aws-for-fluent-bit", "memory": 64, "firelensConfiguration": """ + firelens + " }";

        [Fact]
        public void Unknown_type_fires()
        {
            RuleAssert.Fires(RuleIds.FireLensConfiguration, Tdk6Samples.Ec2(Router("""{ "type": "logstash" }""") + "," + App),
                "/containerDefinitions/0/firelensConfiguration/type", RuleSeverity.Error);
        }

        [Fact]
        public void Missing_type_fires()
        {
            RuleAssert.Fires(RuleIds.FireLensConfiguration, Tdk6Samples.Ec2(Router("""{ "options": { "enable-ecs-log-metadata": "true" } }""") + "," + App),
                "/containerDefinitions/0/firelensConfiguration/type");
        }

        [Fact]
        public void Bad_options_fire()
        {
            string json = Tdk6Samples.Ec2(Router("""{ "type": "fluentbit", "options": { "enable-ecs-log-metadata": "yes", "config-file-type": "http", "config-file-value": "/x.conf", "extra": "1" } }""") + "," + App);
            var found = RuleAssert.Fires(RuleIds.FireLensConfiguration, json, "/containerDefinitions/0/firelensConfiguration/options/enable-ecs-log-metadata");
            Assert.Contains(found, d => d.Pointer == "/containerDefinitions/0/firelensConfiguration/options/config-file-type");
            Assert.Contains(found, d => d.Pointer == "/containerDefinitions/0/firelensConfiguration/options/extra");
            Assert.Equal(3, found.Count);
        }

        [Fact]
        public void S3_config_on_fargate_fires()
        {
            string json = Tdk6Samples.Fargate(Router("""{ "type": "fluentbit", "options": { "config-file-type": "s3", "config-file-value": "arn:aws:s3:::bucket/fluent.conf" } }""") + "," + App, Tdk6Samples.ExecutionRole);
            var found = RuleAssert.Fires(RuleIds.FireLensConfiguration, json, "/containerDefinitions/0/firelensConfiguration/options/config-file-type");
            Assert.Contains("Fargate", found[0].Message);
        }

        [Fact]
        public void S3_config_without_execution_role_fires()
        {
            string json = Tdk6Samples.Ec2(Router("""{ "type": "fluentbit", "options": { "config-file-type": "s3", "config-file-value": "arn:aws:s3:::bucket/fluent.conf" } }""") + "," + App);
            var found = RuleAssert.Fires(RuleIds.FireLensConfiguration, json, "/containerDefinitions/0/firelensConfiguration/options/config-file-type");
            Assert.Contains("executionRoleArn", found[0].Message);
        }

        [Fact]
        public void Reserved_config_path_fires()
        {
            string json = Tdk6Samples.Ec2(Router("""{ "type": "fluentbit", "options": { "config-file-type": "file", "config-file-value": "/fluent-bit/etc/fluent-bit.conf" } }""") + "," + App);
            RuleAssert.Fires(RuleIds.FireLensConfiguration, json, "/containerDefinitions/0/firelensConfiguration/options/config-file-value");
        }

        [Fact]
        public void S3_config_given_as_an_s3_url_fires_with_the_arn_to_use()
        {
            // ECS rejects an s3:// URL with "Invalid arn syntax": the value must be the object's ARN.
            string json = Tdk6Samples.Ec2(Router("""{ "type": "fluentbit", "options": { "config-file-type": "s3", "config-file-value": "s3://bucket/fluent.conf" } }""") + "," + App, Tdk6Samples.ExecutionRole);
            var found = RuleAssert.Fires(RuleIds.FireLensConfiguration, json, "/containerDefinitions/0/firelensConfiguration/options/config-file-value");
            Assert.Contains("arn:aws:s3:::bucket/fluent.conf", Assert.Single(found).Message);
        }

        [Theory]
        [InlineData("arn:aws:s3:::bucket/fluent.conf")]
        [InlineData("arn:aws-cn:s3:::bucket/conf/extra.conf")]
        public void S3_config_given_as_an_object_arn_is_silent(string arn)
        {
            string firelens = "{ \"type\": \"fluentbit\", \"options\": { \"config-file-type\": \"s3\", \"config-file-value\": \"" + arn + "\" } }";
            string json = Tdk6Samples.Ec2(Router(firelens) + "," + App, Tdk6Samples.ExecutionRole);
            RuleAssert.Silent(RuleIds.FireLensConfiguration, json);
        }

        [Fact]
        public void Windows_fires()
        {
            string json = Tdk6Samples.Ec2(Router("""{ "type": "fluentbit" }""") + "," + App, "\"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" }");
            RuleAssert.Fires(RuleIds.FireLensConfiguration, json, "/containerDefinitions/0/firelensConfiguration");
        }

        [Fact]
        public void Valid_configuration_is_silent()
        {
            string json = Tdk6Samples.Fargate(Router("""{ "type": "fluentbit", "options": { "enable-ecs-log-metadata": "false", "config-file-type": "file", "config-file-value": "/extra.conf" } }""") + "," + App, Tdk6Samples.ExecutionRole);
            RuleAssert.Silent(RuleIds.FireLensConfiguration, json);
        }
    }
}
