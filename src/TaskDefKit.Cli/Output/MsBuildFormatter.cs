using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Output
{
    /// <summary>
    /// A finding in MSBuild's canonical message form, <c>file(line,col): error TDKnnnn: message</c>, which the Exec
    /// task recognises: errors and warnings then count as the build's own (in the error list, with the file and line)
    /// instead of one opaque "command exited with code 1". MSBuild knows only error and warning, so an info line stays
    /// a plain message. The file is a full path so IDEs can open it.
    /// </summary>
    internal static class MsBuildFormatter
    {
        public static string Line(RuleDiagnostic finding, string fullPath)
        {
            SourceLocation? at = finding.Location;
            string where = at is null || at.Line <= 0 ? fullPath : fullPath + "(" + at.Line + "," + at.Column + ")";
            string text = finding.RuleId + ": " + finding.Message + (finding.Pointer.Length > 0 ? " [" + finding.Pointer + "]" : string.Empty);
            return where + ": " + Severities.Name(finding.Severity) + " " + text;
        }
    }
}
