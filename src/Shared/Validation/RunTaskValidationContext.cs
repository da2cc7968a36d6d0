using System;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Validation
{
    /// <summary>What a RunTask rule needs: the RunTask input, its task definition when known, and <see cref="EcsInputValidationContext.Report"/>.</summary>
    public sealed class RunTaskValidationContext : EcsInputValidationContext
    {
        public RunTaskValidationContext(RunTask runTask, TaskDefinition? taskDefinition = null, ValidationOptions? options = null)
            : base(taskDefinition, options)
        {
            RunTask = runTask ?? throw new ArgumentNullException(nameof(runTask));
            Launch = new TaskLaunch(runTask.LaunchType, runTask.CapacityProviderStrategy, runTask.NetworkConfiguration, runTask.PlatformVersion, "task");
        }

        /// <summary>The RunTask input.</summary>
        public RunTask RunTask { get; }

        /// <summary>Where and how the tasks run: the members RunTask shares with a service.</summary>
        public TaskLaunch Launch { get; }
    }
}
