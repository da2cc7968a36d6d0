using System.Text.RegularExpressions;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9103: a target tracking policy of an ECS service tracks an ECS metric — <c>ECSServiceAverageCPUUtilization</c>,
    /// <c>ECSServiceAverageMemoryUtilization</c>, or <c>ALBRequestCountPerTarget</c> with a <c>ResourceLabel</c>
    /// (<c>app/&lt;lb&gt;/&lt;id&gt;/targetgroup/&lt;tg&gt;/&lt;id&gt;</c>) — or a customized metric; another service's
    /// predefined metric (DynamoDB, RDS, Spot Fleet...) never tracks the service.
    /// </summary>
    /// <remarks>Source: Application Auto Scaling API reference, PredefinedMetricSpecification: "You can't specify a resource label unless the metric type is ALBRequestCountPerTarget and there is a target group attached to the Spot Fleet or ECS service", and its format.</remarks>
    [Rule("TDK9103", "ScalingTargetTrackingMetric", RuleSeverity.Error, "Target tracking metric does not fit an ECS service")]
    internal sealed class Tdk9103ScalingTargetTrackingMetric : ScalingRule
    {
        private const string Alb = "ALBRequestCountPerTarget";
        private static readonly Regex s_label = new Regex(@"^app/[^/]+/[^/]+/targetgroup/[^/]+/[^/]+$", RegexOptions.CultureInvariant);

        public override string Id => RuleIds.ScalingTargetTrackingMetric;

        public override void Check(ScalingValidationContext context)
        {
            TargetTrackingScalingPolicyConfiguration? tracking = context.Policy?.TargetTrackingScalingPolicyConfiguration;
            if (tracking is null || !context.IsEcs)
            {
                return;
            }

            const string Config = "/TargetTrackingScalingPolicyConfiguration";
            PredefinedMetricSpecification? predefined = tracking.PredefinedMetricSpecification;
            if (predefined is null)
            {
                if (tracking.CustomizedMetricSpecification is null)
                {
                    context.Report(Id, Config, MemberName.Mark("TargetTrackingScalingPolicyConfiguration") + " names no metric: give "
                        + MemberName.Mark("PredefinedMetricSpecification") + " (e.g. ECSServiceAverageCPUUtilization) or " + MemberName.Mark("CustomizedMetricSpecification") + ".");
                }

                return;
            }

            if (tracking.CustomizedMetricSpecification != null)
            {
                context.Report(Id, Config + "/CustomizedMetricSpecification", "Give " + MemberName.Mark("PredefinedMetricSpecification") + " or "
                    + MemberName.Mark("CustomizedMetricSpecification") + ", not both.");
            }

            string? type = predefined.PredefinedMetricType?.Value;
            string pointer = Config + "/PredefinedMetricSpecification";
            if (type != null && type != "ECSServiceAverageCPUUtilization" && type != "ECSServiceAverageMemoryUtilization" && type != Alb)
            {
                context.Report(Id, pointer + "/PredefinedMetricType", MemberName.Mark("PredefinedMetricType") + " '" + type
                    + "' is not an ECS service metric; use ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization or ALBRequestCountPerTarget.");
                return;
            }

            string? label = predefined.ResourceLabel;
            if (type == Alb && string.IsNullOrEmpty(label))
            {
                context.Report(Id, pointer + "/ResourceLabel", Alb + " needs " + MemberName.Mark("ResourceLabel")
                    + ": app/<load balancer name>/<id>/targetgroup/<target group name>/<id>, the ends of the two ARNs.");
            }
            else if (type == Alb && !s_label.IsMatch(label!))
            {
                context.Report(Id, pointer + "/ResourceLabel", MemberName.Mark("ResourceLabel") + " '" + label
                    + "' is not app/<load balancer name>/<id>/targetgroup/<target group name>/<id>.");
            }
            else if (type != Alb && label != null)
            {
                context.Report(Id, pointer + "/ResourceLabel", MemberName.Mark("ResourceLabel") + " is only for ALBRequestCountPerTarget; remove it.");
            }
        }
    }
}
