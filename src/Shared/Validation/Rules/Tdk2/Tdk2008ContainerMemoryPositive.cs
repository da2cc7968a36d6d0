using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2008: container <c>memory</c>, when set, is a positive integer.</summary>
    /// <remarks>AWS: "Invalid 'memory' setting for container '&lt;name&gt;'." (ansible/ansible#67647).</remarks>
    [Rule("TDK2008", "ContainerMemoryPositive", RuleSeverity.Error, "Container memory must be positive")]
    internal sealed class Tdk2008ContainerMemoryPositive : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerMemoryPositive;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                int? memory = context.Containers[i].Memory;
                if (memory.HasValue && memory.Value <= 0)
                {
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "memory"),
                        "Container " + Tdk2Helpers.Describe(context.Containers[i], i) + " sets memory " + Tdk2Helpers.Text(memory.Value) + ": set a positive number of MiB or remove '" + MemberName.Mark("memory") + "'.");
                }
            }
        }
    }
}
