using System;

namespace TaskDefKit.Terraform.Hcl
{
    /// <summary>Malformed HCL: the first problem, with where it is. The parser stops there (no recovery, no guessing).</summary>
    internal sealed class HclSyntaxException : Exception
    {
        public HclSyntaxException(string message, int line, int column)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }
}
