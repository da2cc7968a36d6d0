namespace TaskDefKit.Rules
{
    /// <summary>How serious a finding is (catalog §1.3).</summary>
    public enum RuleSeverity
    {
        /// <summary>Advice, version prerequisites, or conditions that depend on data outside the file.</summary>
        Info = 0,

        /// <summary>Accepted by AWS but almost always a mistake, or a security risk.</summary>
        Warning = 1,

        /// <summary>AWS rejects the request, or the configuration cannot work at run time.</summary>
        Error = 2,
    }
}
