using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9405: an operating system family or CPU architecture the organisation policy does not allow
    /// (<see cref="OrganisationPolicy.AllowedOperatingSystemFamilies"/>, <see cref="OrganisationPolicy.AllowedCpuArchitectures"/>).
    /// A Fargate task that does not set <c>runtimePlatform</c> runs as LINUX on X86_64, and is judged so; on EC2 an unset
    /// value depends on the instance and is not judged.
    /// </summary>
    [Rule("TDK9405", "PolicyRuntimePlatform", RuleSeverity.Error, "Runtime platform not allowed by the organisation policy")]
    [BuilderInputs("/requiresCompatibilities", "/runtimePlatform")]
    internal sealed class Tdk9405RuntimePlatformNotAllowed : TaskDefinitionRule
    {
        public override string Id => RuleIds.PolicyRuntimePlatform;

        public override void Check(ValidationContext context)
        {
            OrganisationPolicy? policy = context.Options.Policy;
            if (policy is null)
            {
                return;
            }

            RuntimePlatform? platform = context.Definition.RuntimePlatform;
            Judge(context, policy, policy.AllowedOperatingSystemFamilies, "allowedOperatingSystemFamilies", "operatingSystemFamily", platform?.OperatingSystemFamily?.Value, "LINUX");
            Judge(context, policy, policy.AllowedCpuArchitectures, "allowedCpuArchitectures", "cpuArchitecture", platform?.CpuArchitecture?.Value, "X86_64");
        }

        private void Judge(ValidationContext context, OrganisationPolicy policy, IList<string>? allowed, string key, string member, string? value, string fargateDefault)
        {
            if (allowed is null || (value is null && !context.IsFargate))
            {
                return;
            }

            string actual = value ?? fargateDefault;
            if (PolicyMatching.Contains(allowed, actual))
            {
                return;
            }

            context.Report(Id, "/runtimePlatform/" + member,
                (value is null ? MemberName.Mark("runtimePlatform") + "." + MemberName.Mark(member) + " is not set, so the Fargate task runs on " + actual : MemberName.Mark("runtimePlatform") + "." + MemberName.Mark(member) + " is " + actual)
                + ", which the organisation policy does not allow (" + policy.Where(key) + ": " + PolicyMatching.Show(allowed) + "): set \"" + MemberName.Mark(member) + "\" to an allowed value.");
        }
    }
}
