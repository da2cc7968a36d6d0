using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2024: on Fargate (Linux) the <c>nofile</c> limits can be raised to at most 1048576.</summary>
    /// <remarks>
    /// Developer guide (2023), ulimits and Fargate task resource limits; the current API text gives only the 65535/65535
    /// default. Ulimits on Windows containers are TDK2022's.
    /// </remarks>
    [Rule("TDK2024", "FargateUlimits", RuleSeverity.Error, "Ulimit not allowed on Fargate")]
    [BuilderInputs("/requiresCompatibilities", "/runtimePlatform", "/containerDefinitions/*/ulimits")]
    internal sealed class Tdk2024FargateUlimits : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateUlimits;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate || context.IsWindows)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                List<Ulimit>? ulimits = context.Containers[i].Ulimits;
                if (ulimits is null)
                {
                    continue;
                }

                for (int k = 0; k < ulimits.Count; k++)
                {
                    if (ulimits[k].Name != UlimitName.Nofile)
                    {
                        continue;
                    }

                    string Entry() => JsonPointer.Index(JsonPointer.Container(i, "ulimits"), k);
                    Check(context, i, JsonPointer.Member(Entry(), "softLimit"), "softLimit", ulimits[k].SoftLimit);
                    Check(context, i, JsonPointer.Member(Entry(), "hardLimit"), "hardLimit", ulimits[k].HardLimit);
                }
            }
        }

        private void Check(ValidationContext context, int index, string pointer, string member, int? value)
        {
            if (value.HasValue && value.Value > Limits.MaxFargateNofile)
            {
                context.Report(
                    Id,
                    pointer,
                    "Container " + Tdk2Helpers.Describe(context.Containers[index], index) + " sets the nofile " + MemberName.Mark(member) + " to " + Tdk2Helpers.Text(value.Value) +
                    ", above the Fargate maximum of 1048576: lower it.");
            }
        }
    }
}
