using System.Collections.Generic;

namespace TaskDefKit.Cli.Output
{
    /// <summary>One file in <c>--format json</c> output.</summary>
    internal sealed class JsonFileResult
    {
        public string File { get; set; } = string.Empty;

        public bool Read { get; set; }

        public int Definitions { get; set; }

        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
        public int Placements { get; set; }

        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
        public int Inputs { get; set; }

        public string? Note { get; set; }

        public List<JsonFinding> Findings { get; set; } = new List<JsonFinding>();
    }

    /// <summary>One finding in <c>--format json</c> output.</summary>
    internal sealed class JsonFinding
    {
        public string RuleId { get; set; } = string.Empty;

        public string Severity { get; set; } = string.Empty;

        public string Message { get; set; } = string.Empty;

        /// <summary>RFC 6901 pointer into the register-input form of the definition.</summary>
        public string Pointer { get; set; } = string.Empty;

        public int Line { get; set; }

        public int Column { get; set; }

        public string HelpUri { get; set; } = string.Empty;
    }

    /// <summary>The closing member of <c>--format json</c> output.</summary>
    internal sealed class JsonSummary
    {
        public int Files { get; set; }

        public int Unreadable { get; set; }

        public int Definitions { get; set; }

        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
        public int Placements { get; set; }

        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
        public int Inputs { get; set; }

        public int Errors { get; set; }

        public int Warnings { get; set; }

        public int Infos { get; set; }

        public int ExitCode { get; set; }
    }

    /// <summary>One row of <c>taskdef rules --format json</c>.</summary>
    internal sealed class JsonRule
    {
        public string Id { get; set; } = string.Empty;

        public string Title { get; set; } = string.Empty;

        public string Severity { get; set; } = string.Empty;

        public string Group { get; set; } = string.Empty;

        /// <summary>False for a reserved rule that nothing reports yet.</summary>
        public bool Implemented { get; set; }

        /// <summary>"validate", "generator" (TDK8xxx, at build time), "analyzers" (TDK9401, in the build) or "library" (only the library's validators); absent when not implemented.</summary>
        public string? CheckedBy { get; set; }

        public string HelpUri { get; set; } = string.Empty;

        /// <summary>The controls of other tools the rule implements (ECS.4, CKV_AWS_334, …); empty for most rules.</summary>
        public List<string> Controls { get; set; } = new List<string>();
    }
}
