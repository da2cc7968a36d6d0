using Events = TaskDefKit.Model.Events;
using Scheduler = TaskDefKit.Model.Scheduler;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// How <c>AWS::Events::Rule</c> and <c>AWS::Scheduler::Schedule</c> properties become the EventBridge and Scheduler
    /// API inputs. Names from the resource references (and the CloudFormation resource schemas cfn-lint ships): the
    /// Scheduler resource is its API capitalised; the Events rule renames three EcsParameters members. A property spelt
    /// any other way (the API's name, another case) is reported: CloudFormation rejects it.
    /// </summary>
    internal static class ScheduledTaskProfiles
    {
        /// <summary>
        /// AWS::Events::Rule → PutRule. <c>Targets</c> is judged apart as PutTargets (<see cref="EventsTargets"/>);
        /// <c>EventPattern</c> is JSON in a template (an object, or its text) but a string in the API, and no rule reads it.
        /// </summary>
        public static TranslationProfile EventsRule { get; } = new TranslationProfile(
            Events.EventRule.Schema,
            new[] { "Targets", "EventPattern" },
            familyDefault: false,
            exactNames: true);

        /// <summary>The <c>Targets</c> of an AWS::Events::Rule → PutTargets, in the rule resource's names.</summary>
        public static TranslationProfile EventsTargets { get; } = new TranslationProfile(
            Events.EventTargets.Schema,
            System.Array.Empty<string>(),
            familyDefault: false,
            new[]
            {
                (Events.EcsParameters.Schema, "PlacementStrategy", "PlacementStrategies"),
                (Events.EcsParameters.Schema, "Tags", "TagList"),
                (Events.NetworkConfiguration.Schema, "awsvpcConfiguration", "AwsVpcConfiguration"),
            },
            exactNames: true);

        /// <summary>AWS::Scheduler::Schedule → CreateSchedule (its names are the API's capitalised: <c>AwsvpcConfiguration</c>).</summary>
        public static TranslationProfile SchedulerSchedule { get; } = new TranslationProfile(
            Scheduler.Schedule.Schema,
            System.Array.Empty<string>(),
            familyDefault: false,
            exactNames: true);
    }
}
