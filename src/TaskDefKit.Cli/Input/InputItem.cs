namespace TaskDefKit.Cli.Input
{
    /// <summary>One input named on the command line or found in a folder or glob; "-" is standard input.</summary>
    internal sealed class InputItem
    {
        public InputItem(string path, string displayPath, bool named, string? problem = null)
        {
            Path = path;
            DisplayPath = displayPath;
            Named = named;
            Problem = problem;
        }

        public const string StandardInput = "-";

        /// <summary>
        /// Stands for a match the walker did not yield because its real file was already read (or is the report
        /// being written); never validated, only counted as "the folder or glob matched something".
        /// </summary>
        internal static readonly InputItem AlreadySeen = new InputItem(string.Empty, string.Empty, named: false);

        /// <summary>The full path, or "-".</summary>
        public string Path { get; }

        /// <summary>The path as printed: relative to the working directory when inside it.</summary>
        public string DisplayPath { get; }

        /// <summary>True when the user named this file itself (not found through a folder or glob).</summary>
        public bool Named { get; }

        /// <summary>Set when the input cannot be read at all (missing, unreadable folder, glob that matched nothing).</summary>
        public string? Problem { get; }

        public bool IsStandardInput => Path == StandardInput;
    }
}
