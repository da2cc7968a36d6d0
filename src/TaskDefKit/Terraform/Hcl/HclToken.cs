namespace TaskDefKit.Terraform.Hcl
{
    internal enum HclTokenKind
    {
        End,
        Newline,
        Identifier,
        Number,

        /// <summary>A quoted template: <see cref="HclToken.Start"/>..<see cref="HclToken.End"/> includes the quotes.</summary>
        String,

        /// <summary>A heredoc: the content is <see cref="HclToken.ContentStart"/>..<see cref="HclToken.ContentEnd"/>.</summary>
        Heredoc,

        /// <summary>Punctuation or an operator; <see cref="HclToken.Text"/> holds it.</summary>
        Punctuation,
    }

    /// <summary>One token: a span of the source with its starting line and column.</summary>
    internal readonly struct HclToken
    {
        public HclToken(HclTokenKind kind, int start, int end, int line, int column, string? text = null)
        {
            Kind = kind;
            Start = start;
            End = end;
            Line = line;
            Column = column;
            Text = text;
            ContentStart = 0;
            ContentEnd = 0;
            ContentLine = 0;
            Indented = false;
        }

        public HclToken(int start, int end, int line, int column, string marker, bool indented, int contentStart, int contentEnd, int contentLine)
            : this(HclTokenKind.Heredoc, start, end, line, column, marker)
        {
            Indented = indented;
            ContentStart = contentStart;
            ContentEnd = contentEnd;
            ContentLine = contentLine;
        }

        public HclTokenKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>Identifier or punctuation text; the heredoc marker.</summary>
        public string? Text { get; }

        public int ContentStart { get; }

        public int ContentEnd { get; }

        public int ContentLine { get; }

        public bool Indented { get; }

        public HclPosition Position => new HclPosition(Line, Column);

        public bool Is(string punctuation) => Kind == HclTokenKind.Punctuation && Text == punctuation;
    }
}
