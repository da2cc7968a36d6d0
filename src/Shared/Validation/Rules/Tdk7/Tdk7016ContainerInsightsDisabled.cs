using System.Collections.Generic;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7016: a cluster without Container Insights — the <c>containerInsights</c> setting <c>disabled</c>, or not set
    /// (then the account's default decides, which is off unless changed). Advice; a warning under the security profile
    /// (Security Hub ECS.12).
    /// </summary>
    /// <remarks>
    /// Sources: Security Hub ECS.12 "ECS clusters should use Container Insights"; ClusterSetting API reference ("The
    /// supported values are enhanced, enabled, and disabled. [...] If a cluster value is specified, it will override the
    /// containerInsights value set with PutAccountSetting or PutAccountSettingDefault.").
    /// </remarks>
    [Rule("TDK7016", "ContainerInsightsDisabled", RuleSeverity.Info, "Container Insights not enabled on the cluster", Controls = new[] { "ECS.12" })]
    [BuilderInputs("/settings", WholeDefinition = true)]
    internal sealed class Tdk7016ContainerInsightsDisabled : ServiceRule
    {
        public override string Id => RuleIds.ContainerInsightsDisabled;

        public override void CheckCluster(ClusterValidationContext context)
        {
            List<ClusterSetting>? settings = context.Cluster.Settings;
            for (int i = 0; settings != null && i < settings.Count; i++)
            {
                ClusterSetting? setting = settings[i];
                if (setting?.Name != ClusterSettingName.ContainerInsights)
                {
                    continue;
                }

                if (setting.Value == "disabled")
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index("/settings", i), "value"), "Container Insights is disabled on this cluster: set "
                        + MemberName.Mark("containerInsights") + " to 'enabled' (or 'enhanced') to collect task and service metrics.");
                }

                return;
            }

            // The setting is described in words, not as JSON: the input may be CloudFormation or Terraform, whose member names differ.
            context.Report(Id, "/settings", "The cluster does not set " + MemberName.Mark("containerInsights") + ", so the account default decides (off unless changed): add to "
                + MemberName.Mark("settings") + " the setting containerInsights with the value 'enabled' (or 'enhanced').");
        }
    }
}
