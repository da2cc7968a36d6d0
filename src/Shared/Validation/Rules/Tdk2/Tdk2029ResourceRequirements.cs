using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2029: <c>resourceRequirements[]</c>: <c>type</c> ∈ {GPU, InferenceAccelerator, NeuronDevice} and a
    /// <c>value</c>; GPU a positive count or <c>ALL</c>, not on Windows; NeuronDevice <c>ALL</c>, one container per task,
    /// Managed Instances only (warning); InferenceAccelerator names a task <c>inferenceAccelerators[].deviceName</c>.
    /// </summary>
    /// <remarks>
    /// Current ECS API reference, ResourceRequirement: "Valid Values: GPU | InferenceAccelerator | NeuronDevice";
    /// "When the type is NeuronDevice, the value must be ALL … Only one container in a task can specify NeuronDevice
    /// resources. This resource type is only supported on Managed Instances." A GPU requirement may omit value when it
    /// sets sharingStrategy (a member the model keeps as an additional member). GPU on Fargate is TDK2020's.
    /// </remarks>
    [Rule("TDK2029", "ResourceRequirements", RuleSeverity.Error, "Invalid resource requirement")]
    [BuilderInputs("/containerDefinitions/#", "/requiresCompatibilities", "/runtimePlatform", "/inferenceAccelerators", "/containerDefinitions/*/resourceRequirements", WholeDefinition = true)]
    internal sealed class Tdk2029ResourceRequirements : TaskDefinitionRule
    {
        private const string NeuronDevice = "NeuronDevice";

        public override string Id => RuleIds.ResourceRequirements;

        public override void Check(ValidationContext context)
        {
            int neuronContainer = -1;
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                List<ResourceRequirement>? requirements = container.ResourceRequirements;
                if (requirements is null)
                {
                    continue;
                }

                string Who() => "Container " + Tdk2Helpers.Describe(container, i);
                for (int k = 0; k < requirements.Count; k++)
                {
                    ResourceRequirement requirement = requirements[k];
                    string Entry() => JsonPointer.Index(JsonPointer.Container(i, "resourceRequirements"), k);
                    string TypePointer() => JsonPointer.Member(Entry(), "type");
                    string ValuePointer() => JsonPointer.Member(Entry(), "value");
                    string? value = requirement.Value;
                    if (!requirement.Type.HasValue)
                    {
                        context.Report(Id, TypePointer(), Who() + " has a resource requirement without " + MemberName.Mark("type") + ": set GPU, InferenceAccelerator or NeuronDevice.");
                        continue;
                    }

                    string type = requirement.Type.Value.Value;
                    if (type == ResourceType.Gpu.Value)
                    {
                        if (context.IsWindows)
                        {
                            context.Report(Id, TypePointer(), Who() + " requests GPUs, which ECS does not support for Windows containers: remove the GPU requirement or use a Linux task.");
                        }

                        if (string.IsNullOrEmpty(value))
                        {
                            if (!HasMember(requirement, "sharingStrategy"))
                            {
                                context.Report(Id, ValuePointer(), Who() + " requests GPUs without a value: set the number of GPUs, ALL, or a sharingStrategy.");
                            }
                        }
                        else if (value != "ALL" && !IsPositiveInteger(value!))
                        {
                            context.Report(Id, ValuePointer(), Who() + " requests '" + value + "' GPUs: set a positive whole number or ALL.");
                        }
                    }
                    else if (type == ResourceType.InferenceAccelerator.Value)
                    {
                        if (string.IsNullOrEmpty(value))
                        {
                            context.Report(Id, ValuePointer(), Who() + " requests an inference accelerator without a value: set the " + MemberName.Mark("deviceName") + " of one of the task's " + MemberName.Mark("inferenceAccelerators") + ".");
                        }
                        else if (!HasAccelerator(context.Definition, value!))
                        {
                            context.Report(Id, ValuePointer(), Who() + " requests the inference accelerator '" + value + "', which is not a " + MemberName.Mark("deviceName") + " in the task's " + MemberName.Mark("inferenceAccelerators") + ": add it there or fix the name.");
                        }
                    }
                    else if (type == NeuronDevice)
                    {
                        if (value != "ALL")
                        {
                            context.Report(Id, ValuePointer(), Who() + " requests Neuron devices with the value '" + value + "': the only accepted value is ALL.");
                        }

                        if (neuronContainer >= 0 && neuronContainer != i)
                        {
                            context.Report(Id, TypePointer(), Who() + " requests Neuron devices, but container " + Tdk2Helpers.Describe(context.Containers[neuronContainer], neuronContainer) + " already does: only one container per task may.");
                        }
                        else
                        {
                            neuronContainer = i;
                        }

                        if (!context.IsManagedInstances)
                        {
                            context.Report(Id, TypePointer(), Who() + " requests NeuronDevice, which ECS supports only on Managed Instances: add MANAGED_INSTANCES to " + MemberName.Mark("requiresCompatibilities") + ", or on EC2 map the devices with " + MemberName.Mark("linuxParameters") + "." + MemberName.Mark("devices") + ".", RuleSeverity.Warning);
                        }
                    }
                    else
                    {
                        context.Report(Id, TypePointer(), Who() + " requests the resource type '" + type + "': use GPU, InferenceAccelerator or NeuronDevice.");
                    }
                }
            }
        }

        private static bool HasMember(IHasAdditionalMembers target, string name)
        {
            if (target.AdditionalMembers is null)
            {
                return false;
            }

            foreach (AdditionalMember member in target.AdditionalMembers)
            {
                if (member.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasAccelerator(TaskDefinition definition, string deviceName)
        {
            if (definition.InferenceAccelerators is null)
            {
                return false;
            }

            foreach (InferenceAccelerator accelerator in definition.InferenceAccelerators)
            {
                if (string.Equals(accelerator.DeviceName, deviceName, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPositiveInteger(string value) =>
            Tdk2Helpers.IsDigits(value, 0, value.Length) &&
            int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count) &&
            count > 0;
    }
}
