using System.Globalization;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9404: a Fargate task size the organisation policy does not allow (<see cref="OrganisationPolicy.AllowedFargateSizes"/>,
    /// <c>cpu/memory</c> in CPU units and MiB). Judged only for Fargate tasks whose cpu and memory are readable; TDK1011–TDK1014
    /// own sizes that are missing or that Fargate does not offer.
    /// </summary>
    [Rule("TDK9404", "PolicyFargateSize", RuleSeverity.Error, "Fargate task size not allowed by the organisation policy")]
    [BuilderInputs("/cpu", "/memory", "/requiresCompatibilities")]
    internal sealed class Tdk9404FargateSizeNotAllowed : TaskDefinitionRule
    {
        public override string Id => RuleIds.PolicyFargateSize;

        public override void Check(ValidationContext context)
        {
            OrganisationPolicy? policy = context.Options.Policy;
            if (policy?.AllowedFargateSizes is null || !context.IsFargate || context.TaskCpuUnits is not int cpu || context.TaskMemoryMiB is not int memory)
            {
                return;
            }

            foreach (string allowed in policy.AllowedFargateSizes)
            {
                if (allowed != null && PolicyMatching.TryParseSize(allowed, out int allowedCpu, out int allowedMemory) && allowedCpu == cpu && allowedMemory == memory)
                {
                    return;
                }
            }

            string size = cpu.ToString(CultureInfo.InvariantCulture) + "/" + memory.ToString(CultureInfo.InvariantCulture);
            context.Report(Id, "/cpu",
                "The Fargate task size " + size + " (cpu/memory) is not one the organisation policy allows (" + policy.Where("allowedFargateSizes") + ": "
                + PolicyMatching.Show(policy.AllowedFargateSizes) + "): choose an allowed size.");
        }
    }
}
