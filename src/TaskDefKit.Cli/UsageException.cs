using System;

namespace TaskDefKit.Cli
{
    /// <summary>A mistake in the command line or the configuration file; reported as one line, exit code 2.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
