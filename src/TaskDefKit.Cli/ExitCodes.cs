namespace TaskDefKit.Cli
{
    /// <summary>The process exit codes every command uses; CI scripts branch on them, so they never change meaning.</summary>
    internal static class ExitCodes
    {
        /// <summary>Everything was read and no finding is an error.</summary>
        public const int Success = 0;

        /// <summary>At least one error-severity finding (or a file that could not be read beside others that could).</summary>
        public const int ErrorsFound = 1;

        /// <summary>A usage error, or nothing could be read at all.</summary>
        public const int UsageOrUnreadable = 2;
    }
}
