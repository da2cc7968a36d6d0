using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>TDK7023: each <c>vpcLatticeConfigurations[].portName</c> names a port mapping of the task definition.</summary>
    /// <remarks>Source: VpcLatticeConfiguration API reference, portName: "The name of the port mapping to register in the VPC Lattice target group. This is the name of the portMapping you defined in your task definition."</remarks>
    [Rule("TDK7023", "VpcLatticePortName", RuleSeverity.Error, "VPC Lattice port name not in the task definition")]
    [BuilderInputs("/vpcLatticeConfigurations")]
    internal sealed class Tdk7023VpcLatticePortName : ServiceRule
    {
        public override string Id => RuleIds.VpcLatticePortName;

        public override void Check(ServiceValidationContext context)
        {
            List<VpcLatticeConfiguration>? configurations = context.Service.VpcLatticeConfigurations;
            TaskDefinition? taskDefinition = context.TaskDefinition;
            if (configurations is null || taskDefinition is null)
            {
                return;
            }

            HashSet<string> names = Tdk7PortNames.Of(taskDefinition);
            for (int i = 0; i < configurations.Count; i++)
            {
                string? portName = configurations[i]?.PortName;
                if (portName != null && !names.Contains(portName))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index("/vpcLatticeConfigurations", i), "portName"), "VPC Lattice " + MemberName.Mark("portName")
                        + " '" + portName + "' names no port mapping: " + Tdk7PortNames.Describe(names) + ".");
                }
            }
        }
    }
}
