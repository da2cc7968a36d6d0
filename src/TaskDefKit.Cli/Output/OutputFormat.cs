namespace TaskDefKit.Cli.Output
{
    /// <summary>The <c>--format</c> values.</summary>
    internal enum OutputFormat
    {
        /// <summary><c>file:line:col: severity TDKnnnn: message</c>, compiler style, which editors and CI logs link.</summary>
        Text,

        /// <summary>One JSON document: a member per file, then a summary.</summary>
        Json,

        /// <summary>SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.</summary>
        Sarif,
    }
}
