namespace TaskDefKit.Cli.Input
{
    /// <summary>Why an input could not be read, and where in it when that is known.</summary>
    internal sealed class InputProblem
    {
        public InputProblem(string message, int line = 0, int column = 0, bool skipped = false)
        {
            Message = message;
            Line = line;
            Column = column;
            Skipped = skipped;
        }

        public string Message { get; }

        /// <summary>1-based; 0 when the problem is the file as a whole.</summary>
        public int Line { get; }

        public int Column { get; }

        /// <summary>
        /// True when the input was deliberately not read (a FIFO or device met in a folder or glob): a note, not an
        /// error. Naming such a file on the command line reads it.
        /// </summary>
        public bool Skipped { get; }
    }
}
