using System.Collections.Generic;

namespace TaskDefKit.Terraform.Hcl
{
    /// <summary>A problem found while reading HCL, with its .tf line and column.</summary>
    internal sealed class HclProblem
    {
        public HclProblem(string message, int line, int column)
        {
            Message = message;
            Line = line;
            Column = column;
        }

        public string Message { get; }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>A parsed file: its body, non-fatal problems (unknown functions), and the syntax error if it had one.</summary>
    internal sealed class HclFile
    {
        public HclFile(HclBody body, IReadOnlyList<HclProblem> problems, HclProblem? error)
        {
            Body = body;
            Problems = problems;
            Error = error;
        }

        public HclBody Body { get; }

        public IReadOnlyList<HclProblem> Problems { get; }

        /// <summary>The syntax error that stopped the parse; <see cref="Body"/> is empty then.</summary>
        public HclProblem? Error { get; }
    }
}
