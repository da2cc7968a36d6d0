using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Policy;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9407: a container adds a Linux capability the organisation policy forbids
    /// (<see cref="OrganisationPolicy.ForbiddenCapabilities"/>), by name or through <c>ALL</c>; one finding per entry of
    /// <c>linuxParameters.capabilities.add</c>. A <c>CAP_</c> prefix is ignored on either side.
    /// </summary>
    /// <remarks><c>privileged: true</c> grants every capability as well; TDK6021 reports it.</remarks>
    [Rule("TDK9407", "PolicyForbiddenCapability", RuleSeverity.Error, "Linux capability forbidden by the organisation policy")]
    [BuilderInputs("/containerDefinitions/*/linuxParameters")]
    internal sealed class Tdk9407ForbiddenCapability : TaskDefinitionRule
    {
        public override string Id => RuleIds.PolicyForbiddenCapability;

        public override void Check(ValidationContext context)
        {
            OrganisationPolicy? policy = context.Options.Policy;
            if (policy?.ForbiddenCapabilities is null)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                List<string>? added = container?.LinuxParameters?.Capabilities?.Add;
                if (container is null || added is null)
                {
                    continue;
                }

                for (int a = 0; a < added.Count; a++)
                {
                    string? capability = added[a];
                    if (capability is null)
                    {
                        continue;
                    }

                    string name = Bare(capability);
                    bool all = string.Equals(name, "ALL", StringComparison.OrdinalIgnoreCase);
                    if (!all && !IsForbidden(policy.ForbiddenCapabilities, name))
                    {
                        continue;
                    }

                    context.Report(Id, JsonPointer.Index(JsonPointer.Container(i, "linuxParameters") + "/capabilities/add", a),
                        "Container " + Tdk2Helpers.Describe(container, i) + " adds the capability " + capability
                        + (all ? ", which includes every capability " : ", which ")
                        + policy.Where("forbiddenCapabilities") + " forbids (" + PolicyMatching.Show(policy.ForbiddenCapabilities)
                        + "): remove it from " + MemberName.Mark("linuxParameters") + "." + MemberName.Mark("capabilities") + "." + MemberName.Mark("add") + (all ? " and add only the capabilities the container needs." : "."));
                }
            }
        }

        private static string Bare(string capability) =>
            capability.StartsWith("CAP_", StringComparison.OrdinalIgnoreCase) ? capability.Substring(4) : capability;

        private static bool IsForbidden(IList<string> forbidden, string name)
        {
            foreach (string entry in forbidden)
            {
                if (entry != null && string.Equals(Bare(entry), name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
