namespace TaskDefKit.Validation
{
    /// <summary>
    /// What is known around a service beyond its own input — from the template or plan it came from — that some rules
    /// need. Every member defaults to "not known", which keeps those rules silent or at the API's reading.
    /// </summary>
    public sealed class ServiceSurroundings
    {
        /// <summary>
        /// An Application Auto Scaling scalable target scales this service (an <c>AWS::ApplicationAutoScaling::ScalableTarget</c>
        /// or <c>aws_appautoscaling_target</c> for <c>ecs:service:DesiredCount</c>): TDK7025 then warns about a set <c>desiredCount</c>.
        /// </summary>
        public bool HasScalableTarget { get; set; }

        /// <summary>
        /// The input's form gives <c>desiredCount</c> a default — CloudFormation's <c>DesiredCount</c> (1) or Terraform's
        /// <c>desired_count</c> (0) — so a REPLICA service without it is not the CreateService error TDK7003 reports.
        /// </summary>
        public bool DesiredCountHasDefault { get; set; }

        internal static ServiceSurroundings Unknown { get; } = new ServiceSurroundings();
    }
}
