using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>Judges the CloudFormation templates among parsed documents (JSON, or each document of a YAML stream).</summary>
    internal static class CloudFormationTemplateJudge
    {
        public static FileReport Judge(InputContext input, IReadOnlyList<SourceNode> roots)
        {
            var findings = new List<RuleDiagnostic>();
            int definitions = 0;
            int others = 0;
            bool anyTemplate = false;
            foreach (SourceNode root in roots)
            {
                if (!CloudFormationTemplate.IsTemplate(root))
                {
                    continue;
                }

                anyTemplate = true;
                CloudFormationTemplate.Outcome outcome = CloudFormationTemplate.Judge(root, input.Display, input.Options, input.Bytes);
                findings.AddRange(outcome.Findings);
                definitions += outcome.Definitions;
                others += outcome.Others;
            }

            if (!anyTemplate)
            {
                if (!input.Item.Named)
                {
                    return new FileReport(input.Display, read: true, new RuleDiagnostic[0], 0, "not a CloudFormation template; skipped");
                }

                return input.Unrecognised("a YAML file that is not a CloudFormation template (no Resources); expected a task definition or a template");
            }

            return input.Report(findings, definitions, inputs: others, note: definitions + others == 0 ? "no " + CloudFormation.ResourceKinds.Names + " resource in the template" : null);
        }
    }
}
