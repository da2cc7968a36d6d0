using System;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1012: task <c>memory</c> is MiB (<c>"1024"</c>) or a GB expression (<c>"1GB"</c>, <c>"0.5 GB"</c>).</summary>
    /// <remarks>ECS API RegisterTaskDefinitionRequest.memory: "It can be expressed as an integer using MiB (for example,
    /// 1024) or as a string using GB (for example, 1GB or 1 GB)". Other units (MB, MiB, GiB) are not documented.</remarks>
    [Rule("TDK1012", "TaskMemoryFormat", RuleSeverity.Error, "Task memory is not a valid memory string")]
    [BuilderInputs("/memory")]
    internal sealed class Tdk1012TaskMemoryFormat : TaskDefinitionRule
    {
        public override string Id => RuleIds.TaskMemoryFormat;

        public override void Check(ValidationContext context)
        {
            string? memory = context.Definition.Memory;
            if (memory is null || context.TaskMemoryMiB.HasValue)
            {
                return;
            }

            string? unit = ForeignUnit(memory.Trim());
            context.Report(
                Id,
                "/memory",
                "Task memory '" + memory + "' is not a memory value" + (unit is null ? string.Empty : " (ECS does not accept the unit '" + unit + "')") +
                ": write MiB as digits (\"1024\") or GB (\"1GB\", \"0.5 GB\") that make whole MiB.");
        }

        /// <summary>The unit of "512MB", "2 GiB" and the like when it is not GB; null otherwise.</summary>
        private static string? ForeignUnit(string text)
        {
            int split = text.Length;
            while (split > 0 && char.IsLetter(text[split - 1]))
            {
                split--;
            }

            string unit = text.Substring(split);
            string number = text.Substring(0, split).TrimEnd();
            if (unit.Length == 0 || number.Length == 0 || string.Equals(unit, "GB", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            foreach (char c in number)
            {
                if ((c < '0' || c > '9') && c != '.')
                {
                    return null;
                }
            }

            return unit;
        }
    }
}
