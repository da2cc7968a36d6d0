using System;

namespace TaskDefKit.Cli.Input
{
    /// <summary>Malformed or too deeply nested JSON/YAML, with where it went wrong.</summary>
    internal sealed class SourceParseException : Exception
    {
        public SourceParseException(string message, int line, int column)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }
}
