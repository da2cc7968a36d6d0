using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>
    /// register-task-definition input, or describe-task-definition output (<c>{"taskDefinition": {...}}</c>); also
    /// any JSON object no kind claims, so that its reader says what is wrong with it.
    /// </summary>
    internal sealed class TaskDefinitionJsonKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("family", MemberEvidence.Decisive),
            new MemberEvidence("containerDefinitions", MemberEvidence.Decisive),
            new MemberEvidence("taskDefinition", MemberEvidence.Decisive, JsonTokenType.StartObject),
        };

        public override string Name => "a task definition";

        public override DocumentKind Document => DocumentKind.TaskDefinitionJson;

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.TaskDefinition;

        public override FileReport Judge(InputContext input)
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(input.Bytes, input.Display);
            IReadOnlyList<RuleDiagnostic> findings = document.Validate(input.Options);
            if (document.Form == DocumentForm.Unreadable)
            {
                // Not JSON or not an object: the reader's finding says why; the file counts as unread.
                return input.Unread(findings);
            }

            if (document.Definition != null)
            {
                input.TaskDefinitions?.Add(document.Definition, DescribedRevision(input.Bytes), input.Display);
            }

            return input.Report(findings, definitions: 1);
        }

        /// <summary>The <c>revision</c> describe output states (read-only, so the model does not keep it).</summary>
        private static int? DescribedRevision(byte[] bytes)
        {
            try
            {
                using JsonDocument json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = JsonDocumentReader.MaxDepth });
                JsonElement root = json.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("taskDefinition", out JsonElement inner) && inner.ValueKind == JsonValueKind.Object)
                {
                    root = inner;
                }

                return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("revision", out JsonElement revision) && revision.TryGetInt32(out int number) ? number : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
