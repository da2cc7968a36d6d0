using System;
using System.Collections.Generic;
using TaskDefKit.Rules;
using TaskDefKit.Terraform.Hcl;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>The findings for a .tf file or a plan in JSON: each task definition (in a .tf file also each service and cluster) judged, named by its address.</summary>
    internal static class TerraformFileValidator
    {
        public sealed class Outcome
        {
            public List<RuleDiagnostic> Findings { get; } = new List<RuleDiagnostic>();

            public int Definitions { get; set; }

            public string? Note { get; set; }

            /// <summary>The file could not be read (a syntax error): its only finding says where.</summary>
            public bool Unreadable { get; set; }
        }

        public static Outcome ValidateHcl(byte[] bytes, string path, string displayPath, ValidationOptions options)
        {
            var outcome = new Outcome();
            TerraformHclContent content = TerraformHclReader.Read(bytes, path);
            if (content.Error != null)
            {
                outcome.Unreadable = true;
                outcome.Findings.Add(Problem(content.Error.Message, content.Error.Line, content.Error.Column, displayPath));
                return outcome;
            }

            foreach (HclProblem problem in content.Problems)
            {
                outcome.Findings.Add(Problem(problem.Message, problem.Line, problem.Column, displayPath));
            }

            Judge(content.Resources, displayPath, options, outcome);
            outcome.Findings.AddRange(TerraformServiceJudge.Judge(content, path, displayPath, options));
            outcome.Definitions += content.Services.Count + content.Clusters.Count;
            var notes = new List<string>();
            if (content.Resources.Count + content.Services.Count + content.Clusters.Count == 0)
            {
                notes.Add("no " + TerraformResource.TaskDefinitionType + ", " + TerraformService.ServiceType + " or " + TerraformService.ClusterType + " resource in the file");
            }

            if (content.Skipped.Count > 0)
            {
                notes.Add("skipped " + content.Skipped.Count + " other block(s): " + string.Join(", ", content.Skipped.Count > 5 ? content.Skipped.GetRange(0, 5) : content.Skipped) + (content.Skipped.Count > 5 ? ", …" : string.Empty));
            }

            outcome.Note = notes.Count == 0 ? null : string.Join("; ", notes);
            return outcome;
        }

        public static Outcome ValidatePlan(SourceNode root, string displayPath, ValidationOptions options)
        {
            var outcome = new Outcome();
            List<TerraformResource> resources = TerraformPlanReader.Read(root);
            Judge(resources, displayPath, options, outcome);
            if (resources.Count == 0)
            {
                outcome.Note = "no " + TerraformResource.TaskDefinitionType + " in the plan's planned_values";
            }

            return outcome;
        }

        private static void Judge(List<TerraformResource> resources, string displayPath, ValidationOptions options, Outcome outcome)
        {
            foreach (TerraformResource resource in resources)
            {
                outcome.Definitions++;
                var problems = new List<(string Message, int Line, int Column)>();
                TranslatedDocument document = TerraformTaskDefinition.Translate(resource, problems);
                foreach ((string message, int line, int column) in problems)
                {
                    outcome.Findings.Add(Problem(message, line, column, displayPath));
                }

                foreach (RuleDiagnostic finding in document.Validate(options, displayPath))
                {
                    outcome.Findings.Add(new RuleDiagnostic(finding.RuleId, finding.Severity, TerraformNames.InMessage(finding.MarkedMessage), finding.Pointer, finding.Location));
                }
            }
        }

        private static RuleDiagnostic Problem(string message, int line, int column, string displayPath) =>
            new RuleDiagnostic(RuleIds.MalformedJson, RuleSeverity.Error, message, string.Empty, new SourceLocation(displayPath, line, column));
    }
}
