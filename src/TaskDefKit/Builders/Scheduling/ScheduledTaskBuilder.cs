using System.Collections.Generic;
using Events = TaskDefKit.Model.Events;
using Scheduler = TaskDefKit.Model.Scheduler;

namespace TaskDefKit.Builders.Scheduling
{
    /// <summary>
    /// Builds an ECS task started on a schedule, once, and writes it as an EventBridge rule target
    /// (<see cref="ToEventTargets"/>, PutTargets) or an EventBridge Scheduler schedule (<see cref="ToSchedule"/>,
    /// CreateSchedule). Judge either with <see cref="Validation.ScheduledTaskValidator"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// var nightly = ScheduledTaskBuilder.Create(clusterArn, taskDefinitionArn)
    ///     .Role("arn:aws:iam::123456789012:role/ecsEventsRole")
    ///     .Fargate()
    ///     .AwsVpc(new[] { "subnet-0a1b" }, new[] { "sg-0e3f" });
    /// Schedule schedule = nightly.ToSchedule("nightly-report", "cron(0 3 * * ? *)");
    /// </code>
    /// </example>
    public sealed class ScheduledTaskBuilder
    {
        private readonly string _clusterArn;
        private readonly string _taskDefinitionArn;
        private readonly List<KeyValuePair<string, string>> _tags = new List<KeyValuePair<string, string>>();
        private string? _roleArn;
        private string? _launchType;
        private string? _platformVersion;
        private int? _count;
        private string[]? _subnets;
        private string[]? _securityGroups;
        private bool? _assignPublicIp;
        private bool _propagateTags;
        private string? _input;

        private ScheduledTaskBuilder(string clusterArn, string taskDefinitionArn)
        {
            _clusterArn = clusterArn;
            _taskDefinitionArn = taskDefinitionArn;
        }

        /// <summary>Starts a scheduled task: the cluster it runs in (the target's <c>Arn</c>) and the task definition it runs.</summary>
        public static ScheduledTaskBuilder Create(string clusterArn, string taskDefinitionArn) =>
            new ScheduledTaskBuilder(Guard.NotNull(clusterArn, nameof(clusterArn)), Guard.NotNull(taskDefinitionArn, nameof(taskDefinitionArn)));

        /// <summary>Sets <c>RoleArn</c>: the role EventBridge assumes to call RunTask (ecs:RunTask, iam:PassRole).</summary>
        public ScheduledTaskBuilder Role(string roleArn)
        {
            _roleArn = roleArn;
            return this;
        }

        /// <summary>Launch type FARGATE, optionally pinned to a platform version (<c>1.4.0</c>; LATEST when not given).</summary>
        public ScheduledTaskBuilder Fargate(string? platformVersion = null)
        {
            _launchType = "FARGATE";
            _platformVersion = platformVersion;
            return this;
        }

        /// <summary>Launch type EC2.</summary>
        public ScheduledTaskBuilder Ec2()
        {
            _launchType = "EC2";
            _platformVersion = null;
            return this;
        }

        /// <summary>Sets <c>TaskCount</c>: tasks started per invocation (1–10).</summary>
        public ScheduledTaskBuilder Count(int tasks)
        {
            _count = tasks;
            return this;
        }

        /// <summary>Sets <c>NetworkConfiguration.awsvpcConfiguration</c> (needed for awsvpc tasks, so for every Fargate task).</summary>
        public ScheduledTaskBuilder AwsVpc(IEnumerable<string> subnets, IEnumerable<string>? securityGroups = null, bool? assignPublicIp = null)
        {
            _subnets = new List<string>(Guard.NotNull(subnets, nameof(subnets))).ToArray();
            _securityGroups = securityGroups is null ? null : new List<string>(securityGroups).ToArray();
            _assignPublicIp = assignPublicIp;
            return this;
        }

        /// <summary>Adds a tag to every task started (the role then needs ecs:TagResource, TDK9007).</summary>
        public ScheduledTaskBuilder Tag(string key, string value)
        {
            _tags.Add(new KeyValuePair<string, string>(Guard.NotNull(key, nameof(key)), Guard.NotNull(value, nameof(value))));
            return this;
        }

        /// <summary>Sets <c>PropagateTags</c> to <c>TASK_DEFINITION</c>: the task definition's tags go onto each task.</summary>
        public ScheduledTaskBuilder PropagateTagsFromTaskDefinition()
        {
            _propagateTags = true;
            return this;
        }

        /// <summary>Sets <c>Input</c>: the RunTask overrides as JSON, e.g. <c>{"containerOverrides":[{"name":"app","command":["report"]}]}</c>.</summary>
        public ScheduledTaskBuilder Input(string overridesJson)
        {
            _input = overridesJson;
            return this;
        }

        /// <summary>The PutTargets input adding this task as target <paramref name="targetId"/> of rule <paramref name="ruleName"/>.</summary>
        public Events.EventTargets ToEventTargets(string ruleName, string targetId) => new Events.EventTargets
        {
            Rule = Guard.NotNull(ruleName, nameof(ruleName)),
            Targets = new List<Events.EventTarget> { ToEventTarget(targetId) },
        };

        /// <summary>This task as one EventBridge target.</summary>
        public Events.EventTarget ToEventTarget(string targetId)
        {
            var ecs = new Events.EcsParameters
            {
                TaskDefinitionArn = _taskDefinitionArn,
                TaskCount = _count,
                LaunchType = _launchType is null ? (Events.LaunchType?)null : new Events.LaunchType(_launchType),
                PlatformVersion = _platformVersion,
                PropagateTags = _propagateTags ? Events.PropagateTags.TaskDefinition : (Events.PropagateTags?)null,
            };
            if (_subnets != null)
            {
                ecs.NetworkConfiguration = new Events.NetworkConfiguration
                {
                    AwsVpcConfiguration = new Events.AwsVpcConfiguration
                    {
                        Subnets = new List<string>(_subnets),
                        SecurityGroups = _securityGroups is null ? null : new List<string>(_securityGroups),
                        AssignPublicIp = _assignPublicIp is bool on ? (on ? Events.AssignPublicIp.Enabled : Events.AssignPublicIp.Disabled) : (Events.AssignPublicIp?)null,
                    },
                };
            }

            if (_tags.Count > 0)
            {
                ecs.Tags = _tags.ConvertAll(t => new Events.Tag { Key = t.Key, Value = t.Value });
            }

            return new Events.EventTarget { Id = Guard.NotNull(targetId, nameof(targetId)), Arn = _clusterArn, RoleArn = _roleArn, Input = _input, EcsParameters = ecs };
        }

        /// <summary>The CreateSchedule input running this task on <paramref name="scheduleExpression"/> (rate(), cron() or at()).</summary>
        public Scheduler.Schedule ToSchedule(string name, string scheduleExpression)
        {
            var ecs = new Scheduler.EcsParameters
            {
                TaskDefinitionArn = _taskDefinitionArn,
                TaskCount = _count,
                LaunchType = _launchType is null ? (Scheduler.LaunchType?)null : new Scheduler.LaunchType(_launchType),
                PlatformVersion = _platformVersion,
                PropagateTags = _propagateTags ? Scheduler.PropagateTags.TaskDefinition : (Scheduler.PropagateTags?)null,
            };
            if (_subnets != null)
            {
                ecs.NetworkConfiguration = new Scheduler.NetworkConfiguration
                {
                    AwsVpcConfiguration = new Scheduler.AwsVpcConfiguration
                    {
                        Subnets = new List<string>(_subnets),
                        SecurityGroups = _securityGroups is null ? null : new List<string>(_securityGroups),
                        AssignPublicIp = _assignPublicIp is bool on ? (on ? Scheduler.AssignPublicIp.Enabled : Scheduler.AssignPublicIp.Disabled) : (Scheduler.AssignPublicIp?)null,
                    },
                };
            }

            if (_tags.Count > 0)
            {
                // Scheduler's Tags is a list of one-entry maps: [{"team": "data"}].
                ecs.Tags = _tags.ConvertAll(t => new Dictionary<string, string> { [t.Key] = t.Value });
            }

            return new Scheduler.Schedule
            {
                Name = Guard.NotNull(name, nameof(name)),
                ScheduleExpression = Guard.NotNull(scheduleExpression, nameof(scheduleExpression)),
                FlexibleTimeWindow = new Scheduler.FlexibleTimeWindow { Mode = Scheduler.FlexibleTimeWindowMode.Off },
                Target = new Scheduler.ScheduleTarget { Arn = _clusterArn, RoleArn = _roleArn, Input = _input, EcsParameters = ecs },
            };
        }
    }
}
