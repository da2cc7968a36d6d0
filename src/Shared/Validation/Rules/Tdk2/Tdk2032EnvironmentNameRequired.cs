using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2032: every <c>environment[]</c> entry has a non-blank <c>name</c>.</summary>
    /// <remarks>AWS: "Environment variable name cannot be null or blank." (thnery/terraform-aws-template#2).</remarks>
    [Rule("TDK2032", "EnvironmentNameRequired", RuleSeverity.Error, "Environment variable without a name")]
    internal sealed class Tdk2032EnvironmentNameRequired : TaskDefinitionRule
    {
        public override string Id => RuleIds.EnvironmentNameRequired;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                List<NameValuePair>? environment = context.Containers[i].Environment;
                if (environment is null)
                {
                    continue;
                }

                for (int k = 0; k < environment.Count; k++)
                {
                    if (Tdk2Helpers.IsNullOrWhiteSpace(environment[k].Name))
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "environment"), k), "name"),
                            "Container " + Tdk2Helpers.Describe(context.Containers[i], i) + " has an environment variable without a name" +
                            (environment[k].Value is null ? "" : " (value '" + environment[k].Value + "')") + ": set its name or remove the entry.");
                    }
                }
            }
        }
    }
}
