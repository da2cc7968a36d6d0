using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TaskDefKit.Cli.Output
{
    // The subset of SARIF 2.1.0 that GitHub code scanning reads. Names follow the specification's property names.

    internal sealed class SarifTool
    {
        public SarifDriver Driver { get; set; } = new SarifDriver();
    }

    internal sealed class SarifDriver
    {
        public string Name { get; set; } = "taskdef";

        public string? Version { get; set; }

        public string? SemanticVersion { get; set; }

        public string InformationUri { get; set; } = "https://github.com/taskdefkit/taskdefkit";

        public List<SarifRule> Rules { get; set; } = new List<SarifRule>();
    }

    internal sealed class SarifRule
    {
        public string Id { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public SarifMessage ShortDescription { get; set; } = new SarifMessage();

        public string HelpUri { get; set; } = string.Empty;

        public SarifConfiguration DefaultConfiguration { get; set; } = new SarifConfiguration();

        /// <summary><c>tags</c>: <c>security</c> and the controls the rule implements (GitHub code scanning shows them); null when none.</summary>
        public SarifRuleProperties? Properties { get; set; }
    }

    internal sealed class SarifRuleProperties
    {
        public List<string> Tags { get; set; } = new List<string>();
    }

    internal sealed class SarifConfiguration
    {
        public string Level { get; set; } = "warning";
    }

    internal sealed class SarifMessage
    {
        public string Text { get; set; } = string.Empty;
    }

    internal sealed class SarifResult
    {
        public string RuleId { get; set; } = string.Empty;

        /// <summary>Index into <c>tool.driver.rules</c>.</summary>
        public int RuleIndex { get; set; }

        public string Level { get; set; } = "warning";

        public SarifMessage Message { get; set; } = new SarifMessage();

        public List<SarifLocation> Locations { get; set; } = new List<SarifLocation>();
    }

    internal sealed class SarifLocation
    {
        public SarifPhysicalLocation PhysicalLocation { get; set; } = new SarifPhysicalLocation();
    }

    internal sealed class SarifPhysicalLocation
    {
        public SarifArtifactLocation ArtifactLocation { get; set; } = new SarifArtifactLocation();

        public SarifRegion? Region { get; set; }
    }

    internal sealed class SarifArtifactLocation
    {
        public string Uri { get; set; } = string.Empty;

        /// <summary><c>%SRCROOT%</c> for relative URIs: the working directory, which is the repository root in CI.</summary>
        public string? UriBaseId { get; set; }
    }

    internal sealed class SarifRegion
    {
        public int StartLine { get; set; }

        public int StartColumn { get; set; }
    }

    internal sealed class SarifInvocation
    {
        public bool ExecutionSuccessful { get; set; }

        public int ExitCode { get; set; }
    }
}
