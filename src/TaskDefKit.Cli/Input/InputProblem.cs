namespace TaskDefKit.Cli.Input
{
    /// <summary>Why an input could not be read, and where in it when that is known.</summary>
    internal sealed class InputProblem
    {
        public InputProblem(string message, int line = 0, int column = 0)
        {
            Message = message;
            Line = line;
            Column = column;
        }

        public string Message { get; }

        /// <summary>1-based; 0 when the problem is the file as a whole.</summary>
        public int Line { get; }

        public int Column { get; }
    }
}
