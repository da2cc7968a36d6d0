using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6005AwslogsOptionsTests
    {
        private static string WithOptions(string options) =>
            Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/app", "awslogs-region": "us-east-1", """ + options + " } } }");

        [Fact]
        public void Unknown_key_fires()
        {
            RuleAssert.Fires(RuleIds.AwslogsOptions, WithOptions("\"awslogs-stream\": \"x\""),
                "/containerDefinitions/0/logConfiguration/options/awslogs-stream", RuleSeverity.Error);
        }

        [Fact]
        public void Datetime_format_with_multiline_pattern_fires()
        {
            RuleAssert.Fires(RuleIds.AwslogsOptions, WithOptions("\"awslogs-datetime-format\": \"%Y\", \"awslogs-multiline-pattern\": \"^x\""),
                "/containerDefinitions/0/logConfiguration/options/awslogs-multiline-pattern", RuleSeverity.Error);
        }

        [Fact]
        public void Invalid_mode_fires()
        {
            RuleAssert.Fires(RuleIds.AwslogsOptions, WithOptions("\"mode\": \"async\""),
                "/containerDefinitions/0/logConfiguration/options/mode", RuleSeverity.Error);
        }

        [Fact]
        public void Buffer_size_with_blocking_mode_warns()
        {
            RuleAssert.Fires(RuleIds.AwslogsOptions, WithOptions("\"mode\": \"blocking\", \"max-buffer-size\": \"25m\""),
                "/containerDefinitions/0/logConfiguration/options/max-buffer-size", RuleSeverity.Warning);
        }

        [Fact]
        public void Create_group_is_info()
        {
            RuleAssert.Fires(RuleIds.AwslogsOptions, WithOptions("\"awslogs-create-group\": \"true\""),
                "/containerDefinitions/0/logConfiguration/options/awslogs-create-group", RuleSeverity.Info);
        }

        [Fact]
        public void Known_options_are_silent()
        {
            RuleAssert.Silent(RuleIds.AwslogsOptions, WithOptions("\"awslogs-stream-prefix\": \"web\", \"mode\": \"non-blocking\", \"max-buffer-size\": \"25m\""));
            RuleAssert.Silent(RuleIds.AwslogsOptions, WithOptions("\"max-buffer-size\": \"25m\""));
        }

        [Fact]
        public void Other_drivers_are_not_checked()
        {
            RuleAssert.Silent(RuleIds.AwslogsOptions, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "fluentd", "options": { "fluentd-address": "x" } } }"""));
        }
    }
}
