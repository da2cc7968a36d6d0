using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3006FargateHostSourcePathTests
    {
        [Fact]
        public void Fires_on_fargate_with_source_path()
        {
            var found = RuleAssert.Fires(
                RuleIds.FargateHostSourcePath,
                Tdk3Json.Fargate("""[{ "name": "data", "host": { "sourcePath": "/var/data" } }]"""),
                "/volumes/0/host/sourcePath",
                RuleSeverity.Error);
            Assert.Contains("do not support sourcePath", found[0].Message);
        }

        [Fact]
        public void Fires_when_the_target_launch_type_is_fargate()
        {
            RuleAssert.Fires(
                RuleIds.FargateHostSourcePath,
                Tdk3Json.Ec2("""[{ "name": "data", "host": { "sourcePath": "/var/data" } }]"""),
                "/volumes/0/host/sourcePath",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
        }

        [Fact]
        public void Silent_for_an_empty_host_or_a_name_only_bind_mount_on_fargate()
        {
            RuleAssert.Silent(RuleIds.FargateHostSourcePath, Tdk3Json.Fargate("""[{ "name": "a", "host": {} }, { "name": "b" }]"""));
        }

        [Fact]
        public void Silent_on_ec2()
        {
            RuleAssert.Silent(RuleIds.FargateHostSourcePath, Tdk3Json.Ec2("""[{ "name": "data", "host": { "sourcePath": "/var/data" } }]"""));
        }

        [Fact]
        public void Can_be_ignored()
        {
            RuleAssert.Silent(
                RuleIds.FargateHostSourcePath,
                Tdk3Json.Fargate("""[{ "name": "data", "host": { "sourcePath": "/var/data" } }]"""),
                new ValidationOptions { IgnoredRules = new HashSet<string> { "TDK3006" } });
        }
    }
}
