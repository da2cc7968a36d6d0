using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecs
{
    /// <summary>
    /// <c>aws ecs create-service --cli-input-json</c>: read with locations, judged by <see cref="ServiceValidator"/>
    /// (service and placement rules) against its task definition when the run has it (<see cref="TaskDefinitionCatalog"/>).
    /// </summary>
    internal sealed class CreateServiceKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            // Members only CreateService has (UpdateService names the service 'service', RunTask has neither).
            new MemberEvidence("serviceName", MemberEvidence.Decisive, JsonTokenType.String),
            new MemberEvidence("schedulingStrategy", 10),
            new MemberEvidence("role", 10),
            new MemberEvidence("desiredCount", 5),
            new MemberEvidence("loadBalancers", 5),
            new MemberEvidence("serviceRegistries", 5),
            new MemberEvidence("healthCheckGracePeriodSeconds", 5),
            new MemberEvidence("deploymentConfiguration", 5),
            new MemberEvidence("deploymentController", 10),
            new MemberEvidence("serviceConnectConfiguration", 5),
            new MemberEvidence("vpcLatticeConfigurations", 5),
            new MemberEvidence("availabilityZoneRebalancing", 5),

            // Shared with RunTask: a little weight, so that a file of only these is a launch input of some kind.
            new MemberEvidence("taskDefinition", 1, JsonTokenType.String),
            new MemberEvidence("launchType", 1),
            new MemberEvidence("networkConfiguration", 1),
            new MemberEvidence("capacityProviderStrategy", 1),
        };

        public override string Name => "a create-service input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override bool PairsWithTaskDefinition => true;

        public override RuleFamilies Judges => RuleFamilies.Service | RuleFamilies.Placement;

        public override FileReport Judge(InputContext input)
        {
            EcsInputDocument<ServiceDefinition> document = ServiceJson.ParseService(input.Bytes, input.Display);
            if (document.Value is null)
            {
                return input.Unread(document.ReadDiagnostics);
            }

            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            TaskDefinitionCatalog.Match match = TaskDefinitionCatalog.Resolve(input.TaskDefinitions, document.Value.TaskDefinition);
            findings.AddRange(Judge(document, match.Definition, input.Options));
            return input.Report(findings, placements: HasPlacement(document.Value) ? 1 : 0, inputs: 1, note: match.Note);
        }

        /// <summary>The service and placement rules over one read service (also an item of describe-services output), placed in its file.</summary>
        internal static IEnumerable<RuleDiagnostic> Judge(EcsInputDocument<ServiceDefinition> document, TaskDefinition? taskDefinition, ValidationOptions options) =>
            EcsInputJudge.Placed(document, ServiceValidator.Validate(document.Value!, taskDefinition, options));

        internal static bool HasPlacement(ServiceDefinition service) => service.PlacementConstraints != null || service.PlacementStrategy != null;
    }
}
