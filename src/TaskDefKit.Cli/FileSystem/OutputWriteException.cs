using System;
using System.IO;

namespace TaskDefKit.Cli.FileSystem
{
    /// <summary>
    /// Writing the output (stdout, a report file) failed — disk full, a closed pipe. Reported as one line naming the
    /// output and the reason, exit code 2; never an "internal error" and never an abort.
    /// </summary>
    internal sealed class OutputWriteException : IOException
    {
        public OutputWriteException(string output, IOException inner)
            : base("cannot write " + output + ": " + inner.Message, inner)
        {
        }
    }
}
