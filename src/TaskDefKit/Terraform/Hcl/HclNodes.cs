using System.Collections.Generic;

namespace TaskDefKit.Terraform.Hcl
{
    /// <summary>Where a node starts in the .tf file (1-based).</summary>
    internal readonly struct HclPosition
    {
        public HclPosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>The contents of a file or of a block: attributes and nested blocks in file order.</summary>
    internal sealed class HclBody
    {
        public List<HclAttribute> Attributes { get; } = new List<HclAttribute>();

        public List<HclBlock> Blocks { get; } = new List<HclBlock>();

        /// <summary>Attributes and blocks interleaved as written (for printing).</summary>
        public List<object> Items { get; } = new List<object>();

        public HclAttribute? Attribute(string name)
        {
            foreach (HclAttribute attribute in Attributes)
            {
                if (attribute.Name == name)
                {
                    return attribute;
                }
            }

            return null;
        }

        public void Add(HclAttribute attribute)
        {
            Attributes.Add(attribute);
            Items.Add(attribute);
        }

        public void Add(HclBlock block)
        {
            Blocks.Add(block);
            Items.Add(block);
        }
    }

    /// <summary><c>name = expression</c>.</summary>
    internal sealed class HclAttribute
    {
        public HclAttribute(string name, HclExpression value, HclPosition position)
        {
            Name = name;
            Value = value;
            Position = position;
        }

        public string Name { get; }

        public HclExpression Value { get; }

        public HclPosition Position { get; }
    }

    /// <summary><c>type "label" "label" { body }</c>.</summary>
    internal sealed class HclBlock
    {
        public HclBlock(string type, IReadOnlyList<string> labels, HclBody body, HclPosition position)
        {
            Type = type;
            Labels = labels;
            Body = body;
            Position = position;
        }

        public string Type { get; }

        public IReadOnlyList<string> Labels { get; }

        public HclBody Body { get; }

        public HclPosition Position { get; }
    }

    /// <summary>An expression; every kind keeps the position it starts at.</summary>
    internal abstract class HclExpression
    {
        protected HclExpression(HclPosition position) => Position = position;

        public HclPosition Position { get; }
    }

    internal enum HclLiteralKind
    {
        Number,
        Bool,
        Null,
    }

    /// <summary>A number, <c>true</c>/<c>false</c> or <c>null</c>; <see cref="Text"/> as written.</summary>
    internal sealed class HclLiteral : HclExpression
    {
        public HclLiteral(HclLiteralKind kind, string text, HclPosition position)
            : base(position)
        {
            Kind = kind;
            Text = text;
        }

        public HclLiteralKind Kind { get; }

        public string Text { get; }
    }

    /// <summary>
    /// A quoted string or heredoc: literal parts and <c>${...}</c>/<c>%{...}</c> parts. Known (a plain string) only when
    /// every part is literal; an interpolation makes the whole value unknown.
    /// </summary>
    internal sealed class HclTemplate : HclExpression
    {
        public HclTemplate(HclPosition position)
            : base(position)
        {
        }

        /// <summary>Literal text (string) or an interpolated expression (<see cref="HclExpression"/>), in order.</summary>
        public List<object> Parts { get; } = new List<object>();

        /// <summary>Set for a heredoc: its marker (<c>EOF</c>) and whether it was <c>&lt;&lt;-</c> (indented).</summary>
        public string? HeredocMarker { get; set; }

        public bool HeredocIndented { get; set; }

        /// <summary>Line of the heredoc's first content line (positions inside its JSON count from here).</summary>
        public int ContentLine { get; set; }

        /// <summary>Columns removed from each line of a <c>&lt;&lt;-</c> heredoc (added back to positions inside it).</summary>
        public int ContentIndent { get; set; }

        /// <summary>The template holds a <c>%{ }</c> directive (if/for): its text is not known.</summary>
        public bool HasDirective { get; set; }

        public bool IsKnown
        {
            get
            {
                if (HasDirective)
                {
                    return false;
                }

                foreach (object part in Parts)
                {
                    if (part is not string)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public string LiteralText()
        {
            var text = new System.Text.StringBuilder();
            foreach (object part in Parts)
            {
                if (part is string literal)
                {
                    text.Append(literal);
                }
            }

            return text.ToString();
        }
    }

    /// <summary><c>[a, b]</c>.</summary>
    internal sealed class HclTuple : HclExpression
    {
        public HclTuple(HclPosition position)
            : base(position)
        {
        }

        public List<HclExpression> Items { get; } = new List<HclExpression>();
    }

    /// <summary><c>{ key = value }</c>; a key is a name, a string, or (for <c>(expr)</c>) an expression.</summary>
    internal sealed class HclObject : HclExpression
    {
        public HclObject(HclPosition position)
            : base(position)
        {
        }

        public List<HclObjectItem> Items { get; } = new List<HclObjectItem>();
    }

    internal sealed class HclObjectItem
    {
        public HclObjectItem(HclExpression key, HclExpression value, bool arrow)
        {
            Key = key;
            Value = value;
            Arrow = arrow;
        }

        /// <summary>A bare name is an <see cref="HclReference"/> with no traversal, meaning the literal name.</summary>
        public HclExpression Key { get; }

        public HclExpression Value { get; }

        /// <summary>Written with <c>:</c> rather than <c>=</c> (kept for printing).</summary>
        public bool Arrow { get; }

        /// <summary>The key's text when it is a literal name or a known string; null when computed.</summary>
        public string? LiteralKey => Key switch
        {
            HclReference { Traversal.Count: 0 } name => name.Root,
            HclTemplate template when template.IsKnown => template.LiteralText(),
            _ => null,
        };
    }

    /// <summary><c>var.image</c>, <c>local.x[0]</c>, <c>aws_iam_role.exec.arn</c>: a value known only at plan time.</summary>
    internal sealed class HclReference : HclExpression
    {
        public HclReference(string root, HclPosition position)
            : base(position)
        {
            Root = root;
        }

        public string Root { get; }

        /// <summary>Attribute names, <c>[index]</c> texts and splats after the root, as written.</summary>
        public List<string> Traversal { get; } = new List<string>();
    }

    /// <summary><c>name(args)</c>, <c>provider::ns::name(args)</c>.</summary>
    internal sealed class HclFunctionCall : HclExpression
    {
        public HclFunctionCall(string name, HclPosition position)
            : base(position)
        {
            Name = name;
        }

        public string Name { get; }

        public List<HclExpression> Arguments { get; } = new List<HclExpression>();

        /// <summary>The last argument was expanded with <c>...</c>.</summary>
        public bool ExpandFinal { get; set; }
    }

    /// <summary>
    /// Any other expression (operators, conditionals, <c>for</c>, splats on calls, parenthesised values): its value is
    /// never computed here, so it is unknown. <see cref="Text"/> is the source text, for printing.
    /// </summary>
    internal sealed class HclComputed : HclExpression
    {
        public HclComputed(string text, HclPosition position)
            : base(position)
        {
            Text = text;
        }

        public string Text { get; }
    }
}
