namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// The Application Auto Scaling resources' <see cref="TranslationProfile"/>s. Their CloudFormation properties are the
    /// API's own PascalCase names (<c>MinCapacity</c>, <c>TargetTrackingScalingPolicyConfiguration</c>), so names map one to one.
    /// </summary>
    internal static class ScalingProfiles
    {
        /// <summary>AWS::ApplicationAutoScaling::ScalableTarget → RegisterScalableTarget (<c>ScheduledActions</c> is CloudFormation's own: each is a PutScheduledAction).</summary>
        public static TranslationProfile ScalableTarget { get; } = new TranslationProfile(Model.Scaling.ScalableTarget.Schema, new[] { "ScheduledActions" }, familyDefault: false);

        /// <summary>One item of a scalable target's <c>ScheduledActions</c> → PutScheduledAction (its resource is the target's).</summary>
        public static TranslationProfile ScheduledAction { get; } = new TranslationProfile(Model.Scaling.ScheduledAction.Schema, System.Array.Empty<string>(), familyDefault: false);

        /// <summary>AWS::ApplicationAutoScaling::ScalingPolicy → PutScalingPolicy (<c>ScalingTargetId</c> is CloudFormation's own: the target's resource).</summary>
        public static TranslationProfile ScalingPolicy { get; } = new TranslationProfile(Model.Scaling.ScalingPolicy.Schema, new[] { "ScalingTargetId" }, familyDefault: false);
    }
}
