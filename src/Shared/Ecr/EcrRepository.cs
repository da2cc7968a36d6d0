namespace TaskDefKit.Ecr
{
    /// <summary>
    /// The repository settings TaskDefKit judges, from a CreateRepository input (<c>aws ecr create-repository
    /// --cli-input-json</c>) or a CloudFormation <c>AWS::ECR::Repository</c>. Findings point at CreateRepository's
    /// JSON names (<c>/imageScanningConfiguration/scanOnPush</c>); a CloudFormation reader maps them to its own.
    /// </summary>
    /// <remarks>
    /// Hand-written on purpose: it is what the rules know of a repository from any source — unknown values
    /// (<see cref="SettingsUnknown"/>) and whether the run or template attaches a policy — not an API shape. The
    /// CreateRepository input itself is the generated <c>TaskDefKit.Model.Ecr.RepositoryDefinition</c>.
    /// </remarks>
    public sealed class EcrRepository
    {
        /// <summary><c>repositoryName</c>; null when not given (CloudFormation generates one) or not a literal.</summary>
        public string? RepositoryName { get; set; }

        /// <summary><c>imageScanningConfiguration.scanOnPush</c>; null when not set (AWS's default is false).</summary>
        public bool? ScanOnPush { get; set; }

        /// <summary><c>imageTagMutability</c>; null when not set (AWS's default is MUTABLE).</summary>
        public string? ImageTagMutability { get; set; }

        /// <summary>
        /// Whether a lifecycle policy is attached in the same input (CloudFormation's <c>LifecyclePolicy</c>, or a
        /// PutLifecyclePolicy input for the same repository in the run); null when that cannot be known.
        /// </summary>
        public bool? HasLifecyclePolicy { get; set; }

        /// <summary>Where settings unknown in this input live (e.g. an intrinsic function); rules stay silent on unknowns.</summary>
        public bool SettingsUnknown { get; set; }
    }
}
