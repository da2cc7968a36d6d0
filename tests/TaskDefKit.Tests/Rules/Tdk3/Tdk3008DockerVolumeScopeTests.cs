using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3008DockerVolumeScopeTests
    {
        [Fact]
        public void Fires_on_an_unknown_scope()
        {
            var found = RuleAssert.Fires(
                RuleIds.DockerVolumeScope,
                Tdk3Json.Ec2("""[{ "name": "data", "dockerVolumeConfiguration": { "scope": "Shared" } }]"""),
                "/volumes/0/dockerVolumeConfiguration/scope",
                RuleSeverity.Error);
            Assert.Contains("lowercase", found[0].Message);
        }

        [Fact]
        public void Fires_on_autoprovision_with_task_scope()
        {
            RuleAssert.Fires(
                RuleIds.DockerVolumeScope,
                Tdk3Json.Ec2("""[{ "name": "data", "dockerVolumeConfiguration": { "scope": "task", "autoprovision": true } }]"""),
                "/volumes/0/dockerVolumeConfiguration/autoprovision",
                RuleSeverity.Error);
        }

        [Fact]
        public void Fires_on_autoprovision_without_scope()
        {
            RuleAssert.Fires(
                RuleIds.DockerVolumeScope,
                Tdk3Json.Ec2("""[{ "name": "data", "dockerVolumeConfiguration": { "autoprovision": true } }]"""),
                "/volumes/0/dockerVolumeConfiguration/autoprovision");
        }

        [Fact]
        public void Silent_on_shared_autoprovision_and_task_without_it()
        {
            RuleAssert.Silent(
                RuleIds.DockerVolumeScope,
                Tdk3Json.Ec2("""[{ "name": "a", "dockerVolumeConfiguration": { "scope": "shared", "autoprovision": true } }, { "name": "b", "dockerVolumeConfiguration": { "scope": "task", "autoprovision": false } }]"""));
        }
    }
}
