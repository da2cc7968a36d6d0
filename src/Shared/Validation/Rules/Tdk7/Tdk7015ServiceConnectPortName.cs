using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7015: each Service Connect service's <c>portName</c> names a port mapping (<c>portMappings[].name</c>) of a
    /// container in the task definition.
    /// </summary>
    /// <remarks>
    /// Source: ServiceConnectService API reference, portName: "The portName must match the name of one of the portMappings
    /// from all the containers in the task definition of this Amazon ECS service."
    /// </remarks>
    [Rule("TDK7015", "ServiceConnectPortName", RuleSeverity.Error, "Service Connect port name not in the task definition")]
    [BuilderInputs("/serviceConnectConfiguration")]
    internal sealed class Tdk7015ServiceConnectPortName : ServiceRule
    {
        public override string Id => RuleIds.ServiceConnectPortName;

        public override void Check(ServiceValidationContext context)
        {
            List<ServiceConnectService>? services = context.Service.ServiceConnectConfiguration?.Services;
            TaskDefinition? taskDefinition = context.TaskDefinition;
            if (services is null || taskDefinition is null)
            {
                return;
            }

            HashSet<string> names = Tdk7PortNames.Of(taskDefinition);
            for (int i = 0; i < services.Count; i++)
            {
                string? portName = services[i]?.PortName;
                if (portName != null && !names.Contains(portName))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index("/serviceConnectConfiguration/services", i), "portName"), "Service Connect " + MemberName.Mark("portName")
                        + " '" + portName + "' names no port mapping: " + Tdk7PortNames.Describe(names) + ".");
                }
            }
        }
    }
}
