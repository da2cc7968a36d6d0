using TaskDefKit.Cli.Input.Terraform;
using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>Terraform HCL native syntax (a .tf file): its aws_ecs_task_definition resources.</summary>
    internal sealed class TerraformHclKind : InputKind
    {
        public static TerraformHclKind Instance { get; } = new TerraformHclKind();

        public override string Name => "a Terraform file";

        public override DocumentKind Document => DocumentKind.TerraformHcl;

        public override FileReport Judge(InputContext input) =>
            Report(input, TerraformFileValidator.ValidateHcl(input.Bytes, input.Item.Path, input.Display, input.Options));

        internal static FileReport Report(InputContext input, TerraformFileValidator.Outcome outcome) =>
            outcome.Unreadable
                ? new FileReport(input.Display, read: false, outcome.Findings, outcome.Definitions, outcome.Note)
                : input.Report(outcome.Findings, outcome.Definitions, note: outcome.Note);
    }
}
