namespace TaskDefKit.Validation
{
    /// <summary>A position in a source file: 1-based line and column (column counts characters of the line).</summary>
    public sealed class SourceLocation
    {
        public SourceLocation(string? file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string? File { get; }

        public int Line { get; }

        public int Column { get; }

        public override string ToString() => (File is null ? string.Empty : File + ":") + Line + ":" + Column;
    }
}
