using System.Text;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Ecr
{
    /// <summary>
    /// One repository and/or lifecycle policy of an <see cref="EcrDocument"/>: the whole file for a policy text,
    /// PutLifecyclePolicy or CreateRepository input; one <c>AWS::ECR::Repository</c> resource of a template.
    /// </summary>
    public sealed class EcrDocumentPart
    {
        private readonly EmbeddedText? _embedded;
        private JsonLocator? _innerLocator;

        internal EcrDocumentPart(string? resourceName, EcrRepository? repository, string repositoryPointer, bool pascalCase,
            LifecyclePolicy? policy, string? policyPointer, EmbeddedText? embedded)
        {
            ResourceName = resourceName;
            Repository = repository;
            RepositoryPointer = repositoryPointer;
            PascalCase = pascalCase;
            Policy = policy;
            PolicyPointer = policyPointer;
            _embedded = embedded;
        }

        /// <summary>The CloudFormation logical ID; null for a single-input file.</summary>
        public string? ResourceName { get; }

        public EcrRepository? Repository { get; }

        public LifecyclePolicy? Policy { get; }

        /// <summary>Pointer of the repository's settings object in the file (<c>""</c>, or <c>/Resources/Repo/Properties</c>).</summary>
        public string RepositoryPointer { get; }

        /// <summary>Pointer of the policy in the file: <c>""</c> for a policy file, else the string that holds the policy text.</summary>
        public string? PolicyPointer { get; }

        /// <summary>Members are named the CloudFormation way (<c>ImageScanningConfiguration</c>).</summary>
        internal bool PascalCase { get; }

        /// <summary>The file pointer of a repository finding's CreateRepository pointer.</summary>
        internal string RepositoryFilePointer(string pointer)
        {
            if (!PascalCase || pointer.Length == 0)
            {
                return RepositoryPointer + pointer;
            }

            var text = new StringBuilder(RepositoryPointer);
            foreach (string segment in pointer.Substring(1).Split('/'))
            {
                text.Append('/').Append(Pascal(segment));
            }

            return text.ToString();
        }

        /// <summary>Where the policy finding <paramref name="finding"/> is in the outer file.</summary>
        internal long? PolicyOffset(RuleDiagnostic finding, JsonLocator outer)
        {
            if (PolicyPointer is null)
            {
                return null;
            }

            if (_embedded is null)
            {
                // A policy file: its text is the file; a CloudFormation scalar made text: the finding is on the scalar.
                return (PolicyPointer.Length == 0 ? LifecyclePolicyFindings.FaultOffset(Policy, finding) : null) ?? outer.Offset(PolicyPointer + finding.Pointer);
            }

            _innerLocator ??= new JsonLocator(_embedded.Utf8, new LineIndex(_embedded.Utf8, null));
            long? inner = LifecyclePolicyFindings.InnerOffset(Policy, finding, _innerLocator);
            return inner is long offset ? _embedded.OuterOffset(offset) : outer.Offset(PolicyPointer);
        }

        internal static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
    }
}
