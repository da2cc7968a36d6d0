using System.Collections.Generic;
using TaskDefKit.Cli.Input.Terraform;
using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>A Terraform plan in JSON (<c>terraform show -json plan.out</c>): its planned aws_ecs_task_definition resources.</summary>
    internal sealed class TerraformPlanKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("format_version", MemberEvidence.Decisive),
            new MemberEvidence("terraform_version", MemberEvidence.Decisive),
            new MemberEvidence("planned_values", MemberEvidence.Decisive),
        };

        public override string Name => "a Terraform plan";

        public override DocumentKind Document => DocumentKind.TerraformPlanJson;

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override FileReport Judge(InputContext input) =>
            TerraformHclKind.Report(input, TerraformFileValidator.ValidatePlan(JsonSourceReader.Read(input.Bytes), input.Display, input.Options));
    }
}
