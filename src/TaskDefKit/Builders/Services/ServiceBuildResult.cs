using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// What <see cref="ServiceBuilder.Build"/> produced: the <c>CreateService</c> input, its findings (checked against
    /// the task definition when one was given), and the task definition's own build result.
    /// </summary>
    public sealed class ServiceBuildResult : EcsInputBuildResult<ServiceDefinition>
    {
        internal ServiceBuildResult(ServiceDefinition service, TaskDefinitionBuildResult? taskDefinition, IReadOnlyList<RuleDiagnostic> diagnostics)
            : base(service, diagnostics)
        {
            TaskDefinition = taskDefinition;
        }

        /// <summary>The service input as it was at <see cref="ServiceBuilder.Build"/>.</summary>
        public ServiceDefinition Service => Input;

        /// <summary>
        /// The task definition the service runs, with its own findings (its <c>ToJson()</c> guards its own errors); null
        /// when the service names it only by family or ARN.
        /// </summary>
        public TaskDefinitionBuildResult? TaskDefinition { get; }

        /// <inheritdoc />
        public override string Operation => "CreateService";

        private protected override string Subject => "Service '" + (Input.ServiceName ?? "(no serviceName)") + "'";

        /// <summary>Throws <see cref="EcsInputValidationException"/> when the service has errors; returns this otherwise.</summary>
        public ServiceBuildResult ThrowIfErrors()
        {
            ThrowIfAnyErrors();
            return this;
        }

        private protected override string Serialize(bool indented) => ServiceJson.Serialize(Input, indented);
    }
}
