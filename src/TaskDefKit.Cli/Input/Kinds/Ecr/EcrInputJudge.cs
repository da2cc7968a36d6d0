using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Ecr;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecr
{
    /// <summary>
    /// What the three ECR input kinds share: read with <see cref="EcrDocument"/> (never throws; findings inside policy
    /// text given as a string are located on the outer file's line and column), then — once the run's other inputs are
    /// read — judged by <see cref="EcrValidator"/> against the run's task definitions (TDK9208) and, for a
    /// create-repository input, the run's put-lifecycle-policy inputs (TDK9212).
    /// </summary>
    internal static class EcrInputJudge
    {
        public static FileReport Judge(InputContext input)
        {
            EcrDocument document = EcrDocument.Parse(input.Bytes, input.Display);
            if (document.Kind == EcrDocumentKind.Unknown)
            {
                return input.Unread(document.ReadDiagnostics);
            }

            TaskDefinitionCatalog? run = input.TaskDefinitions;
            if (document.Kind == EcrDocumentKind.PutLifecyclePolicyInput && document.Parts[0].Repository?.RepositoryName is string named)
            {
                run?.Ecr.AddLifecyclePolicy(named);
            }

            return run is { Deferring: true }
                ? FileValidator.Deferred(input.Item, () => Finish(input, document, run))
                : Finish(input, document, run);
        }

        private static FileReport Finish(InputContext input, EcrDocument document, TaskDefinitionCatalog? run)
        {
            if (document.Kind == EcrDocumentKind.CreateRepositoryInput && run != null)
            {
                foreach (EcrDocumentPart part in document.Parts)
                {
                    // CreateRepository cannot carry a lifecycle policy: it is a PutLifecyclePolicy call of its own.
                    if (part.Repository is { RepositoryName: string name } repository)
                    {
                        repository.HasLifecyclePolicy = run.Ecr.HasLifecyclePolicy(name);
                    }
                }
            }

            IReadOnlyList<TaskDefinition> definitions = run?.All() ?? new TaskDefinition[0];
            return input.Report(document.Validate(definitions, input.Options), inputs: 1);
        }
    }
}
