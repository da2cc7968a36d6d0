using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TaskDefKit.Terraform.Hcl
{
    /// <summary>
    /// Recursive-descent parser for HCL native syntax, enough for real Terraform: blocks, attributes, tuples, objects,
    /// quoted templates with <c>${...}</c>, heredocs, numbers, bools, null, function calls, references, operators,
    /// conditionals and <c>for</c> expressions (the last three kept as source text: their values are never computed).
    /// Nesting is capped at <see cref="MaxDepth"/>, so deep input is an error, not a stack overflow.
    /// </summary>
    internal sealed class HclParser
    {
        public const int MaxDepth = 128;

        private static readonly System.Buffers.SearchValues<char> s_templateSpecials = System.Buffers.SearchValues.Create("\\$%\n");

        /// <summary>Binary operator precedence, 0 for anything that is not one (asked after every operand: a switch, not a lookup).</summary>
        private static int Precedence(string text) => text switch
        {
            "||" => 1,
            "&&" => 2,
            "==" or "!=" => 3,
            "<" or ">" or "<=" or ">=" => 4,
            "+" or "-" => 5,
            "*" or "/" or "%" => 6,
            _ => 0,
        };

        private readonly string _source;
        /// <summary>Tokens are pulled one at a time (no token list): memory stays flat however large the file.</summary>
        private readonly HclLexer _lexer;
        private readonly List<HclProblem> _problems;
        private HclToken _current;
        private int _previousEnd;
        private int _depth;

        /// <summary>Inside brackets or parentheses line breaks do not end anything and are skipped.</summary>
        private int _brackets;

        private HclParser(string source, HclLexer lexer, List<HclProblem> problems, int depth)
        {
            _source = source;
            _lexer = lexer;
            _current = lexer.Next();
            _problems = problems;
            _depth = depth;
        }

        /// <summary>Parses a whole file. Never throws: a syntax error is the result's <see cref="HclFile.Error"/>.</summary>
        public static HclFile Parse(string source)
        {
            var problems = new List<HclProblem>();
            try
            {
                var parser = new HclParser(source, new HclLexer(source, 0, source.Length, 1, 1), problems, 0);
                HclBody body = parser.ParseBody(topLevel: true);
                return new HclFile(body, problems, null);
            }
            catch (HclSyntaxException exception)
            {
                return new HclFile(new HclBody(), problems, new HclProblem(exception.Message, exception.Line, exception.Column));
            }
        }

        /// <summary>Parses a whole text as a template (a <c>templatefile()</c> file); null when it is malformed.</summary>
        public static HclTemplate? ParseTemplateText(string text)
        {
            try
            {
                var parser = new HclParser(text, new HclLexer(text, 0, 0, 1, 1), new List<HclProblem>(), 0);
                var template = new HclTemplate(new HclPosition(1, 1));
                parser.ParseTemplate(template, 0, text.Length, 1, 1, quoted: false);
                return template;
            }
            catch (HclSyntaxException)
            {
                return null;
            }
        }

        private HclToken Peek()
        {
            while (_brackets > 0 && _current.Kind == HclTokenKind.Newline)
            {
                _current = _lexer.Next();
            }

            return _current;
        }

        private HclToken Take()
        {
            HclToken token = Peek();
            if (token.Kind != HclTokenKind.End)
            {
                _previousEnd = token.End;
                _current = _lexer.Next();
            }

            return token;
        }

        private HclToken Expect(string punctuation, string what)
        {
            HclToken token = Peek();
            if (!token.Is(punctuation))
            {
                throw Unexpected(token, "expected " + what);
            }

            return Take();
        }

        private HclSyntaxException Unexpected(HclToken token, string expected)
        {
            string found = token.Kind switch
            {
                HclTokenKind.End => "the end of the file",
                HclTokenKind.Newline => "a line break",
                HclTokenKind.String => "a string",
                HclTokenKind.Heredoc => "a heredoc",
                _ => "'" + token.Text + "'",
            };
            return new HclSyntaxException("Invalid Terraform syntax: " + expected + ", found " + found, token.Line, token.Column);
        }

        private void Enter(HclToken at)
        {
            if (++_depth > MaxDepth)
            {
                throw new HclSyntaxException("Nesting deeper than " + MaxDepth + " levels: not read", at.Line, at.Column);
            }
        }

        private HclBody ParseBody(bool topLevel)
        {
            var body = new HclBody();
            while (true)
            {
                HclToken token = Peek();
                if (token.Kind == HclTokenKind.Newline)
                {
                    Take();
                    continue;
                }

                if (token.Kind == HclTokenKind.End)
                {
                    if (!topLevel)
                    {
                        throw Unexpected(token, "expected '}' to close the block");
                    }

                    return body;
                }

                if (!topLevel && token.Is("}"))
                {
                    return body;
                }

                if (token.Kind != HclTokenKind.Identifier)
                {
                    throw Unexpected(token, "expected an attribute name or a block type");
                }

                Take();
                HclToken next = Peek();
                if (next.Is("="))
                {
                    Take();
                    HclExpression value = ParseExpression();
                    HclToken after = Peek();
                    if (after.Kind != HclTokenKind.Newline && after.Kind != HclTokenKind.End && !after.Is("}"))
                    {
                        throw Unexpected(after, "expected a line break after the value of '" + token.Text + "'");
                    }

                    body.Add(new HclAttribute(token.Text!, value, token.Position));
                    continue;
                }

                body.Add(ParseBlock(token));
            }
        }

        private HclBlock ParseBlock(HclToken type)
        {
            var labels = new List<string>();
            while (true)
            {
                HclToken token = Peek();
                if (token.Kind == HclTokenKind.Identifier)
                {
                    labels.Add(Take().Text!);
                }
                else if (token.Kind == HclTokenKind.String)
                {
                    Take();
                    HclTemplate label = ParseQuoted(token);
                    if (!label.IsKnown)
                    {
                        throw new HclSyntaxException("A block label cannot hold an interpolation", token.Line, token.Column);
                    }

                    labels.Add(label.LiteralText());
                }
                else
                {
                    break;
                }
            }

            HclToken open = Peek();
            if (!open.Is("{"))
            {
                throw Unexpected(open, "expected '=' or a block's '{' after '" + type.Text + "'");
            }

            Take();
            Enter(open);
            int brackets = _brackets;
            _brackets = 0;
            HclBody body = ParseBody(topLevel: false);
            _brackets = brackets;
            Take(); // }
            _depth--;
            return new HclBlock(type.Text!, labels, body, type.Position);
        }

        public HclExpression ParseExpression()
        {
            HclToken first = Peek();
            Enter(first);
            HclExpression condition = ParseBinary(0);
            if (Peek().Is("?"))
            {
                Take();
                ParseExpression();
                Expect(":", "':' in a conditional expression");
                ParseExpression();
                condition = Computed(first);
            }

            _depth--;
            return condition;
        }

        private HclExpression ParseBinary(int minimum)
        {
            HclToken first = Peek();
            HclExpression left = ParseUnary();
            while (true)
            {
                HclToken op = Peek();
                int precedence = op.Kind == HclTokenKind.Punctuation ? Precedence(op.Text!) : 0;
                if (precedence == 0 || precedence <= minimum)
                {
                    return left;
                }

                Take();
                Enter(op);
                ParseBinary(precedence);
                _depth--;
                left = Computed(first);
            }
        }

        private HclExpression ParseUnary()
        {
            HclToken token = Peek();
            if (token.Is("-") || token.Is("!"))
            {
                Take();
                Enter(token);
                HclExpression operand = ParseUnary();
                _depth--;
                if (token.Is("-") && operand is HclLiteral { Kind: HclLiteralKind.Number } number && !number.Text.StartsWith('-'))
                {
                    return new HclLiteral(HclLiteralKind.Number, "-" + number.Text, token.Position);
                }

                return Computed(token);
            }

            return ParsePostfix();
        }

        private HclExpression ParsePostfix()
        {
            HclToken first = Peek();
            HclExpression term = ParseTerm();
            while (true)
            {
                HclToken token = Peek();
                if (token.Is("."))
                {
                    Take();
                    HclToken name = Take();
                    string step = name.Kind == HclTokenKind.Identifier || name.Kind == HclTokenKind.Number ? name.Text! : name.Is("*") ? "*" : throw Unexpected(name, "expected an attribute name after '.'");
                    if (term is HclReference reference)
                    {
                        reference.Traversal.Add("." + step);
                    }
                    else
                    {
                        term = Computed(first);
                    }
                }
                else if (token.Is("["))
                {
                    Take();
                    _brackets++;
                    string step;
                    if (Peek().Is("*"))
                    {
                        Take();
                        step = "[*]";
                    }
                    else
                    {
                        HclToken indexStart = Peek();
                        ParseExpression();
                        step = "[" + _source.Substring(indexStart.Start, _previousEnd - indexStart.Start) + "]";
                    }

                    Expect("]", "']' to close the index");
                    _brackets--;
                    if (term is HclReference reference)
                    {
                        reference.Traversal.Add(step);
                    }
                    else
                    {
                        term = Computed(first);
                    }
                }
                else
                {
                    return term;
                }
            }
        }

        private HclExpression ParseTerm()
        {
            HclToken token = Take();
            switch (token.Kind)
            {
                case HclTokenKind.Number:
                    return new HclLiteral(HclLiteralKind.Number, token.Text!, token.Position);
                case HclTokenKind.String:
                    return ParseQuoted(token);
                case HclTokenKind.Heredoc:
                    return ParseHeredoc(token);
                case HclTokenKind.Identifier:
                    return ParseNamed(token);
            }

            if (token.Is("["))
            {
                return ParseTuple(token);
            }

            if (token.Is("{"))
            {
                return ParseObject(token);
            }

            if (token.Is("("))
            {
                _brackets++;
                ParseExpression();
                Expect(")", "')'");
                _brackets--;
                return Computed(token);
            }

            throw Unexpected(token, "expected a value");
        }

        private HclExpression ParseNamed(HclToken token)
        {
            string name = token.Text!;
            switch (name)
            {
                case "true":
                case "false":
                    return new HclLiteral(HclLiteralKind.Bool, name, token.Position);
                case "null":
                    return new HclLiteral(HclLiteralKind.Null, name, token.Position);
            }

            StringBuilder? qualified = null;
            while (Peek().Is("::"))
            {
                qualified ??= new StringBuilder(name);
                Take();
                HclToken part = Take();
                if (part.Kind != HclTokenKind.Identifier)
                {
                    throw Unexpected(part, "expected a name after '::'");
                }

                qualified.Append("::").Append(part.Text);
            }

            if (!Peek().Is("("))
            {
                if (qualified != null)
                {
                    throw Unexpected(Peek(), "expected '(' after the function name " + qualified);
                }

                return new HclReference(name, token.Position);
            }

            Take();
            _brackets++;
            Enter(token);
            var call = new HclFunctionCall(qualified?.ToString() ?? name, token.Position);
            while (!Peek().Is(")"))
            {
                call.Arguments.Add(ParseExpression());
                if (Peek().Is("..."))
                {
                    Take();
                    call.ExpandFinal = true;
                }

                if (!Peek().Is(","))
                {
                    break;
                }

                Take();
            }

            Expect(")", "')' or ',' in the arguments of " + call.Name + "()");
            _brackets--;
            _depth--;
            if (!HclFunctions.IsKnown(call.Name))
            {
                _problems.Add(new HclProblem("Call to unknown function " + call.Name + "(): Terraform has no such function; its value is treated as unknown", token.Line, token.Column));
            }

            return call;
        }

        private HclExpression ParseTuple(HclToken open)
        {
            _brackets++;
            Enter(open);
            if (Peek().Kind == HclTokenKind.Identifier && Peek().Text == "for")
            {
                SkipTo("]", open);
                _brackets--;
                _depth--;
                return Computed(open);
            }

            var tuple = new HclTuple(open.Position);
            while (!Peek().Is("]"))
            {
                tuple.Items.Add(ParseExpression());
                if (!Peek().Is(","))
                {
                    break;
                }

                Take();
            }

            Expect("]", "']' or ',' in the list");
            _brackets--;
            _depth--;
            return tuple;
        }

        private HclExpression ParseObject(HclToken open)
        {
            _brackets++;
            Enter(open);
            if (Peek().Kind == HclTokenKind.Identifier && Peek().Text == "for")
            {
                SkipTo("}", open);
                _brackets--;
                _depth--;
                return Computed(open);
            }

            var result = new HclObject(open.Position);
            while (!Peek().Is("}"))
            {
                HclExpression key = ParseExpression();
                HclToken separator = Take();
                if (!separator.Is("=") && !separator.Is(":"))
                {
                    throw Unexpected(separator, "expected '=' or ':' after the object key");
                }

                HclExpression value = ParseExpression();
                result.Items.Add(new HclObjectItem(key, value, separator.Is(":")));
                if (Peek().Is(","))
                {
                    Take();
                }
            }

            Take();
            _brackets--;
            _depth--;
            return result;
        }

        /// <summary>Skips a <c>for</c> expression to its closing bracket, counting brackets (its value is unknown).</summary>
        private void SkipTo(string close, HclToken open)
        {
            int depth = 0;
            while (true)
            {
                HclToken token = Take();
                if (token.Kind == HclTokenKind.End)
                {
                    throw new HclSyntaxException("Unterminated for expression: no closing '" + close + "'", open.Line, open.Column);
                }

                if (token.Is("[") || token.Is("{") || token.Is("("))
                {
                    if (++depth > MaxDepth)
                    {
                        throw new HclSyntaxException("Nesting deeper than " + MaxDepth + " levels: not read", token.Line, token.Column);
                    }
                }
                else if (token.Is("]") || token.Is("}") || token.Is(")"))
                {
                    if (depth == 0)
                    {
                        if (!token.Is(close))
                        {
                            throw Unexpected(token, "expected '" + close + "' to close the for expression");
                        }

                        return;
                    }

                    depth--;
                }
            }
        }

        private HclComputed Computed(HclToken first) =>
            new HclComputed(_source.Substring(first.Start, _previousEnd - first.Start), first.Position);

        private HclTemplate ParseQuoted(HclToken token)
        {
            var template = new HclTemplate(token.Position);
            ParseTemplate(template, token.Start + 1, token.End - 1, token.Line, token.Column + 1, quoted: true);
            return template;
        }

        private HclTemplate ParseHeredoc(HclToken token)
        {
            var template = new HclTemplate(token.Position)
            {
                HeredocMarker = token.Text,
                HeredocIndented = token.Indented,
                ContentLine = token.ContentLine,
            };
            ParseTemplate(template, token.ContentStart, token.ContentEnd, token.ContentLine, 1, quoted: false);
            if (token.Indented)
            {
                template.ContentIndent = HclTemplateText.StripIndent(template);
            }

            return template;
        }

        /// <summary>Splits template text into literal parts (escapes decoded) and interpolations (parsed in place).</summary>
        private void ParseTemplate(HclTemplate template, int start, int end, int line, int column, bool quoted)
        {
            // Most strings are plain text: no escape, interpolation or line break to handle.
            if (_source.AsSpan(start, end - start).IndexOfAny(s_templateSpecials) < 0)
            {
                if (end > start)
                {
                    template.Parts.Add(_source.Substring(start, end - start));
                }

                return;
            }

            var literal = new StringBuilder();
            int lineStart = start - (column - 1);
            int i = start;
            while (i < end)
            {
                char c = _source[i];
                if (quoted && c == '\\' && i + 1 < end)
                {
                    i = HclTemplateText.Unescape(_source, i, end, literal, line, i - lineStart + 1);
                    continue;
                }

                if ((c == '$' || c == '%') && i + 2 < end && _source[i + 1] == c && _source[i + 2] == '{')
                {
                    literal.Append(c).Append('{');
                    i += 3;
                    continue;
                }

                if ((c == '$' || c == '%') && i + 1 < end && _source[i + 1] == '{')
                {
                    if (literal.Length > 0)
                    {
                        template.Parts.Add(literal.ToString());
                        literal.Clear();
                    }

                    int exprLine = line;
                    int exprColumn = i + 2 - lineStart + 1;
                    int close = HclTemplateText.InterpolationEnd(_source, i + 2, end, ref line, ref lineStart);
                    if (close < 0)
                    {
                        throw new HclSyntaxException("Unterminated interpolation: no closing '}' for '" + c + "{'", exprLine, exprColumn - 2);
                    }

                    if (c == '%')
                    {
                        template.HasDirective = true;
                        template.Parts.Add(new HclComputed(_source.Substring(i, close + 1 - i), new HclPosition(exprLine, exprColumn - 2)));
                    }
                    else
                    {
                        template.Parts.Add(ParseInterpolation(i + 2, close, exprLine, exprColumn));
                    }

                    i = close + 1;
                    continue;
                }

                if (c == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }

                literal.Append(c);
                i++;
            }

            if (literal.Length > 0)
            {
                template.Parts.Add(literal.ToString());
            }
        }

        private HclExpression ParseInterpolation(int start, int end, int line, int column)
        {
            // Strip markers (${~ x ~}) only trim the literal text around them.
            if (start < end && _source[start] == '~')
            {
                start++;
                column++;
            }

            if (end > start && _source[end - 1] == '~')
            {
                end--;
            }

            var inner = new HclParser(_source, new HclLexer(_source, start, end, line, column, _lexer), _problems, _depth + 1) { _brackets = 1 };
            if (_depth + 1 > MaxDepth)
            {
                throw new HclSyntaxException("Nesting deeper than " + MaxDepth + " levels: not read", line, column);
            }

            HclExpression expression = inner.ParseExpression();
            HclToken rest = inner.Peek();
            if (rest.Kind != HclTokenKind.End)
            {
                throw inner.Unexpected(rest, "expected '}' to end the interpolation");
            }

            return expression;
        }
    }
}
