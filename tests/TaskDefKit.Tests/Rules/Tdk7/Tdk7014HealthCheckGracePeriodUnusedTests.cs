using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7014HealthCheckGracePeriodUnusedTests
    {
        private static readonly string Grace = With(FargateService, "\"healthCheckGracePeriodSeconds\": 60");

        [Fact]
        public void Grace_period_without_load_balancer_or_health_check_fires() =>
            Fires(RuleIds.HealthCheckGracePeriodUnused, Grace, FargateTask, "/healthCheckGracePeriodSeconds");

        [Fact]
        public void Grace_period_with_a_container_health_check_a_load_balancer_or_an_unknown_task_definition_is_silent()
        {
            // AWS's current behaviour: the grace period also covers container health checks (and VPC Lattice).
            string withHealthCheck = FargateTask.Replace("\"essential\": true", "\"essential\": true, \"healthCheck\": { \"command\": [\"CMD-SHELL\", \"exit 0\"] }", System.StringComparison.Ordinal);
            Silent(RuleIds.HealthCheckGracePeriodUnused, Grace, withHealthCheck);
            Silent(RuleIds.HealthCheckGracePeriodUnused, With(Grace, "\"loadBalancers\": [{ \"targetGroupArn\": \"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef\", \"containerName\": \"web\", \"containerPort\": 80 }]"), FargateTask);
            Silent(RuleIds.HealthCheckGracePeriodUnused, Grace, null);
        }
    }
}
