using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// One finding: the rule's ID and severity, a message that names the offending value and the fix, and the JSON
    /// pointer (RFC 6901) of the offending element in register-input form, e.g. <c>/containerDefinitions/0/portMappings/1/hostPort</c>.
    /// </summary>
    public sealed class RuleDiagnostic
    {
        public RuleDiagnostic(string ruleId, RuleSeverity severity, string message, string pointer, SourceLocation? location = null)
        {
            RuleId = Guard.NotNull(ruleId, nameof(ruleId));
            Severity = severity;
            MarkedMessage = Guard.NotNull(message, nameof(message));
            Message = MemberName.Render(message, name => name);
            Pointer = Guard.NotNull(pointer, nameof(pointer));
            Location = location;
        }

        /// <summary>The rule ID, <c>TDKnnnn</c>.</summary>
        public string RuleId { get; }

        public RuleSeverity Severity { get; }

        /// <summary>What is wrong and how to fix it; member names are the register-input JSON names.</summary>
        public string Message { get; }

        /// <summary>The message as the rule wrote it, member names marked (<see cref="MemberName"/>) for another input's naming.</summary>
        public string MarkedMessage { get; }

        /// <summary>The message with each member named by <paramref name="name"/> (given the JSON name), e.g. PascalCase for CloudFormation.</summary>
        public string MessageNaming(System.Func<string, string> name) => MemberName.Render(MarkedMessage, name);

        /// <summary>The JSON pointer of the offending element; the empty string is the whole document.</summary>
        public string Pointer { get; }

        /// <summary>Where the element is in a source file, when the definition was read from one.</summary>
        public SourceLocation? Location { get; }

        public RuleDiagnostic WithLocation(SourceLocation? location) =>
            new RuleDiagnostic(RuleId, Severity, MarkedMessage, Pointer, location);

        public RuleDiagnostic WithSeverity(RuleSeverity severity) =>
            new RuleDiagnostic(RuleId, severity, MarkedMessage, Pointer, Location);

        /// <summary><c>file:line:col: severity TDKnnnn: message [pointer]</c>, the compiler-style line.</summary>
        public override string ToString()
        {
            string where = Location is null ? string.Empty : Location + ": ";
            string severity = Severity == RuleSeverity.Error ? "error" : Severity == RuleSeverity.Warning ? "warning" : "info";
            return where + severity + " " + RuleId + ": " + Message + " [" + (Pointer.Length == 0 ? "/" : Pointer) + "]";
        }
    }
}
