using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1006: <c>requiresCompatibilities[]</c> values are EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES; repeats are a warning.</summary>
    /// <remarks>ECS API model shape Compatibility.</remarks>
    [Rule("TDK1006", "RequiresCompatibilitiesValue", RuleSeverity.Error, "Unknown or repeated launch type compatibility")]
    internal sealed class Tdk1006RequiresCompatibilitiesValue : TaskDefinitionRule
    {
        public override string Id => RuleIds.RequiresCompatibilitiesValue;

        public override void Check(ValidationContext context)
        {
            List<Compatibility>? values = context.Definition.RequiresCompatibilities;
            if (values is null)
            {
                return;
            }

            for (int i = 0; i < values.Count; i++)
            {
                Compatibility value = values[i];
                if (!value.IsKnown)
                {
                    context.Report(
                        Id,
                        JsonPointer.Index("/requiresCompatibilities", i),
                        "'" + value.Value + "' is not a launch type: use EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES" + CaseHint(value.Value) + ".");
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (values[j] == value)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Index("/requiresCompatibilities", i),
                            "'" + value.Value + "' is listed more than once in " + MemberName.Mark("requiresCompatibilities") + ": remove the repeat.",
                            RuleSeverity.Warning);
                        break;
                    }
                }
            }
        }

        private static string CaseHint(string value)
        {
            foreach (Compatibility known in Compatibility.KnownValues)
            {
                if (string.Equals(known.Value, value, System.StringComparison.OrdinalIgnoreCase))
                {
                    return " (values are upper case: '" + known.Value + "')";
                }
            }

            return string.Empty;
        }
    }
}
