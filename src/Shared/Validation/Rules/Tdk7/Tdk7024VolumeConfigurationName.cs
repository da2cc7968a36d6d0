using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7024: each <c>volumeConfigurations[].name</c> of a service or RunTask input names a volume of the task
    /// definition that is <c>configuredAtLaunch</c>.
    /// </summary>
    /// <remarks>
    /// Sources: ServiceVolumeConfiguration / TaskVolumeConfiguration API reference, name: "This value must match the volume
    /// name from the Volume object in the task definition."; Volume.configuredAtLaunch: "To configure a volume at launch
    /// time, use this task definition revision and specify a volumeConfigurations object when calling the CreateService,
    /// UpdateService, RunTask or StartTask APIs."
    /// </remarks>
    [Rule("TDK7024", "VolumeConfigurationName", RuleSeverity.Error, "Volume configuration does not match a volume configured at launch")]
    [BuilderInputs("/volumeConfigurations")]
    internal sealed class Tdk7024VolumeConfigurationName : ServiceRule
    {
        public override string Id => RuleIds.VolumeConfigurationName;

        public override void Check(ServiceValidationContext context)
        {
            List<string?>? names = null;
            if (context.Service.VolumeConfigurations != null)
            {
                names = context.Service.VolumeConfigurations.ConvertAll(v => v?.Name);
            }

            CheckNames(context, names, "service");
        }

        public override void CheckRunTask(RunTaskValidationContext context)
        {
            List<string?>? names = null;
            if (context.RunTask.VolumeConfigurations != null)
            {
                names = context.RunTask.VolumeConfigurations.ConvertAll(v => v?.Name);
            }

            CheckNames(context, names, "task");
        }

        private void CheckNames(EcsInputValidationContext context, List<string?>? names, string noun)
        {
            TaskDefinition? taskDefinition = context.TaskDefinition;
            if (names is null || taskDefinition is null)
            {
                return;
            }

            for (int i = 0; i < names.Count; i++)
            {
                string? name = names[i];
                if (name is null)
                {
                    continue;
                }

                Volume? volume = Find(taskDefinition, name);
                string pointer = JsonPointer.Member(JsonPointer.Index("/volumeConfigurations", i), "name");
                if (volume is null)
                {
                    context.Report(Id, pointer, "The task definition has no volume named '" + name + "': the " + noun + "'s " + MemberName.Mark("volumeConfigurations")
                        + " configure a task-definition volume that has " + MemberName.Mark("configuredAtLaunch") + " true.");
                }
                else if (volume.ConfiguredAtLaunch != true)
                {
                    context.Report(Id, pointer, "Volume '" + name + "' of the task definition is not " + MemberName.Mark("configuredAtLaunch") + ": set it to true there, or remove this volume configuration.");
                }
            }
        }

        private static Volume? Find(TaskDefinition taskDefinition, string name)
        {
            foreach (Volume? volume in taskDefinition.Volumes ?? new List<Volume>())
            {
                if (volume?.Name == name)
                {
                    return volume;
                }
            }

            return null;
        }
    }
}
