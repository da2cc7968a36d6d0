using System.Collections.Generic;
using Events = TaskDefKit.Model.Events;
using Scheduler = TaskDefKit.Model.Scheduler;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// One ECS task target, of an EventBridge rule (PutTargets) or of an EventBridge Scheduler schedule: the two APIs
    /// carry the same <c>EcsParameters</c> in two models, so the TDK90xx rules read this one view. Member names are
    /// the APIs' own (PascalCase); pointers lead into the input.
    /// </summary>
    public sealed class EcsTargetView
    {
        private EcsTargetView(string pointer)
        {
            Pointer = pointer;
        }

        /// <summary>The target's pointer in its input: <c>/Targets/0</c> (PutTargets) or <c>/Target</c> (CreateSchedule).</summary>
        public string Pointer { get; }

        /// <summary>The pointer of the target's <c>EcsParameters</c>.</summary>
        public string EcsPointer => Pointer + "/EcsParameters";

        public string? RoleArn { get; private set; }

        /// <summary>The RunTask overrides as a JSON text (<c>Input</c>), when the target passes a constant one.</summary>
        public string? Input { get; private set; }

        public string? TaskDefinitionArn { get; private set; }

        public int? TaskCount { get; private set; }

        /// <summary>The launch type's text (<c>FARGATE</c>, <c>EC2</c>, <c>EXTERNAL</c>), or null.</summary>
        public string? LaunchType { get; private set; }

        /// <summary>The capacity provider names, in order; null when no strategy is given.</summary>
        public IReadOnlyList<string?>? CapacityProviders { get; private set; }

        public bool HasNetworkConfiguration { get; private set; }

        public bool HasAwsVpcConfiguration { get; private set; }

        /// <summary>The subnets count, or null when <c>awsvpcConfiguration</c> is absent.</summary>
        public int? SubnetCount { get; private set; }

        /// <summary>The text of <c>AssignPublicIp</c>, or null.</summary>
        public string? AssignPublicIp { get; private set; }

        public string? PlatformVersion { get; private set; }

        /// <summary>The text of <c>PropagateTags</c>, or null.</summary>
        public string? PropagateTags { get; private set; }

        public bool? EnableEcsManagedTags { get; private set; }

        /// <summary>True when <c>Tags</c> lists at least one tag.</summary>
        public bool HasTags { get; private set; }

        /// <summary>The ECS targets of a PutTargets input (targets without <c>EcsParameters</c> are not ECS tasks).</summary>
        internal static List<EcsTargetView> Of(Events.EventTargets targets)
        {
            var views = new List<EcsTargetView>();
            if (targets.Targets is null)
            {
                return views;
            }

            for (int i = 0; i < targets.Targets.Count; i++)
            {
                Events.EventTarget? target = targets.Targets[i];
                Events.EcsParameters? ecs = target?.EcsParameters;
                if (target is null || ecs is null)
                {
                    continue;
                }

                Events.AwsVpcConfiguration? vpc = ecs.NetworkConfiguration?.AwsVpcConfiguration;
                views.Add(new EcsTargetView("/Targets/" + i)
                {
                    RoleArn = target.RoleArn,
                    Input = target.Input,
                    TaskDefinitionArn = ecs.TaskDefinitionArn,
                    TaskCount = ecs.TaskCount,
                    LaunchType = ecs.LaunchType?.Value,
                    CapacityProviders = ecs.CapacityProviderStrategy?.ConvertAll(item => item?.CapacityProvider),
                    HasNetworkConfiguration = ecs.NetworkConfiguration != null,
                    HasAwsVpcConfiguration = vpc != null,
                    SubnetCount = vpc?.Subnets?.Count ?? (vpc != null ? 0 : (int?)null),
                    AssignPublicIp = vpc?.AssignPublicIp?.Value,
                    PlatformVersion = ecs.PlatformVersion,
                    PropagateTags = ecs.PropagateTags?.Value,
                    EnableEcsManagedTags = ecs.EnableEcsManagedTags,
                    HasTags = ecs.Tags is { Count: > 0 },
                });
            }

            return views;
        }

        /// <summary>The ECS target of a CreateSchedule input, or null when its target is not an ECS task.</summary>
        internal static EcsTargetView? Of(Scheduler.Schedule schedule)
        {
            Scheduler.ScheduleTarget? target = schedule.Target;
            Scheduler.EcsParameters? ecs = target?.EcsParameters;
            if (target is null || ecs is null)
            {
                return null;
            }

            Scheduler.AwsVpcConfiguration? vpc = ecs.NetworkConfiguration?.AwsVpcConfiguration;
            return new EcsTargetView("/Target")
            {
                RoleArn = target.RoleArn,
                Input = target.Input,
                TaskDefinitionArn = ecs.TaskDefinitionArn,
                TaskCount = ecs.TaskCount,
                LaunchType = ecs.LaunchType?.Value,
                CapacityProviders = ecs.CapacityProviderStrategy?.ConvertAll(item => item?.CapacityProvider),
                HasNetworkConfiguration = ecs.NetworkConfiguration != null,
                HasAwsVpcConfiguration = vpc != null,
                SubnetCount = vpc?.Subnets?.Count ?? (vpc != null ? 0 : (int?)null),
                AssignPublicIp = vpc?.AssignPublicIp?.Value,
                PlatformVersion = ecs.PlatformVersion,
                PropagateTags = ecs.PropagateTags?.Value,
                EnableEcsManagedTags = ecs.EnableEcsManagedTags,
                HasTags = ecs.Tags is { Count: > 0 },
            };
        }

        /// <summary>True when the task runs on Fargate: launch type FARGATE or a FARGATE/FARGATE_SPOT capacity provider.</summary>
        public bool RunsOnFargate =>
            LaunchType == "FARGATE" || (CapacityProviders != null && CapacityProviders.Count > 0 && CapacityProviders[0] is string provider && provider.StartsWith("FARGATE", System.StringComparison.Ordinal));
    }
}
