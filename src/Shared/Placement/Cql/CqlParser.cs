using System;
using System.Collections.Generic;
using TaskDefKit.Rules;

namespace TaskDefKit.Placement.Cql
{
    /// <summary>
    /// Parses Cluster Query Language expressions (AWS "Cluster query language" page; catalog §6.2) into a
    /// <see cref="CqlNode"/> tree with exact character positions. Syntax only: faults are TDK5014 with the column of the
    /// fault; <see cref="CqlValidator"/> adds the operator (TDK5015), argument (TDK5016) and attribute (TDK5017) checks.
    /// </summary>
    /// <remarks>
    /// <para>Grammar (precedence: <c>not</c> over <c>and</c> over <c>or</c>; AWS does not document and/or precedence):</para>
    /// <code>
    /// expression := or
    /// or         := and (("or" | "||") and)*
    /// and        := unary (("and" | "&amp;&amp;") unary)*
    /// unary      := ("not" | "!") unary | "(" expression ")" | single
    /// single     := subject operator [argument]
    /// argument   := literal | "[" [literal ("," literal)*] "]"
    /// literal    := bare token | 'quoted' | "quoted"
    /// </code>
    /// <para>The tokenizer is driven by the parser because the same characters mean different things by position:
    /// <c>!</c> is <c>not</c> before an expression but starts <c>!=</c>, <c>!~</c>, <c>!in</c>, <c>!exists</c> after a
    /// subject; a subject ends at the first operator character, so <c>runningTasksCount==0</c> needs no spaces; a bare
    /// literal runs to whitespace, a bracket, a parenthesis, a comma or a quote (so <c>t2.*</c> is one literal).</para>
    /// <para>The parser allocates nothing but the tree (and the error when there is one).</para>
    /// </remarks>
    public static class CqlParser
    {
        /// <summary>Nesting of parentheses and <c>not</c> beyond this is reported instead of followed.</summary>
        public const int MaxDepth = 64;

        /// <summary>Parses <paramref name="text"/>; never throws for bad input.</summary>
        public static CqlParseResult Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var parser = new Parser(text);
            CqlNode? node = parser.ParseExpression();
            return parser.Error is null
                ? new CqlParseResult(text, node, null)
                : new CqlParseResult(text, null, new[] { parser.Error });
        }

        /// <summary>The canonical spelling of an operator (symbol form; word form for <c>not_in</c>/<c>not_exists</c>).</summary>
        public static string OperatorText(CqlOperator op)
        {
            switch (op)
            {
                case CqlOperator.Equal: return "==";
                case CqlOperator.NotEqual: return "!=";
                case CqlOperator.GreaterThan: return ">";
                case CqlOperator.GreaterThanOrEqual: return ">=";
                case CqlOperator.LessThan: return "<";
                case CqlOperator.LessThanOrEqual: return "<=";
                case CqlOperator.Exists: return "exists";
                case CqlOperator.NotExists: return "not_exists";
                case CqlOperator.In: return "in";
                case CqlOperator.NotIn: return "not_in";
                case CqlOperator.Matches: return "=~";
                default: return "!~";
            }
        }

        internal static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

        /// <summary>Characters that end a subject (and an attribute name).</summary>
        internal static bool EndsSubject(char c) =>
            IsWhitespace(c) || c == '=' || c == '!' || c == '<' || c == '>' || c == '~' || c == '(' || c == ')' ||
            c == '[' || c == ']' || c == ',' || c == '\'' || c == '"';

        /// <summary>Characters that end a bare literal.</summary>
        internal static bool EndsLiteral(char c) =>
            IsWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '\'' || c == '"';

        private struct Parser
        {
            private readonly string _s;
            private int _pos;
            private int _depth;

            public Parser(string text)
            {
                _s = text;
                _pos = 0;
                _depth = 0;
                Error = null;
            }

            public CqlError? Error;

            public CqlNode? ParseExpression()
            {
                SkipWhitespace();
                if (_pos == _s.Length)
                {
                    return Fail(0, 0, "The expression is empty; write subject operator [argument], e.g. attribute:ecs.instance-type == t2.small.");
                }

                CqlNode? node = ParseOr();
                if (node is null)
                {
                    return null;
                }

                SkipWhitespace();
                if (_pos < _s.Length)
                {
                    return _s[_pos] == ')'
                        ? Fail(_pos, 1, "Unbalanced ')': no '(' opens it; remove it or add the '('.")
                        : Fail(_pos, TokenLength(_pos), "Expected 'and', 'or' or the end of the expression, found '" + Token(_pos) + "'; quote a value that contains spaces.");
                }

                return node;
            }

            private CqlNode? ParseOr()
            {
                CqlNode? left = ParseAnd();
                while (left != null)
                {
                    SkipWhitespace();
                    int opStart = _pos;
                    if (!TryKeyword("or", "||"))
                    {
                        break;
                    }

                    CqlNode? right = ParseAnd();
                    if (right is null)
                    {
                        return null;
                    }

                    left = new CqlBinary(CqlBinaryKind.Or, left, right, left.Start, End(right) - left.Start, opStart);
                }

                return left;
            }

            private CqlNode? ParseAnd()
            {
                CqlNode? left = ParseUnary();
                while (left != null)
                {
                    SkipWhitespace();
                    int opStart = _pos;
                    if (!TryKeyword("and", "&&"))
                    {
                        break;
                    }

                    CqlNode? right = ParseUnary();
                    if (right is null)
                    {
                        return null;
                    }

                    left = new CqlBinary(CqlBinaryKind.And, left, right, left.Start, End(right) - left.Start, opStart);
                }

                return left;
            }

            private CqlNode? ParseUnary()
            {
                SkipWhitespace();
                if (_pos == _s.Length)
                {
                    return Fail(_pos, 0, "The expression ends where a subject, 'not' or '(' is expected.");
                }

                if (++_depth > MaxDepth)
                {
                    return Fail(_pos, 1, "The expression nests parentheses or 'not' more than " + MaxDepth + " levels deep.");
                }

                try
                {
                    int start = _pos;
                    char c = _s[_pos];
                    if (c == '(')
                    {
                        _pos++;
                        CqlNode? inner = ParseOr();
                        if (inner is null)
                        {
                            return null;
                        }

                        SkipWhitespace();
                        if (_pos == _s.Length)
                        {
                            return Fail(start, 1, "Unbalanced '(': no ')' closes it.");
                        }

                        if (_s[_pos] != ')')
                        {
                            return Fail(_pos, TokenLength(_pos), "Expected 'and', 'or' or ')', found '" + Token(_pos) + "'.");
                        }

                        _pos++;
                        return new CqlGroup(inner, start, _pos - start);
                    }

                    if (c == '!' && (_pos + 1 == _s.Length || (_s[_pos + 1] != '=' && _s[_pos + 1] != '~')))
                    {
                        _pos++;
                        return MakeNot(start);
                    }

                    if (IsWord(_pos, "not") && (_pos + 3 == _s.Length || IsWhitespace(_s[_pos + 3]) || _s[_pos + 3] == '(' || _s[_pos + 3] == '!'))
                    {
                        _pos += 3;
                        return MakeNot(start);
                    }

                    if (c == ')')
                    {
                        return Fail(_pos, 1, "Expected a subject, 'not' or '(' before ')'.");
                    }

                    return ParseSingle();
                }
                finally
                {
                    _depth--;
                }
            }

            private CqlNode? MakeNot(int start)
            {
                CqlNode? operand = ParseUnary();
                return operand is null ? null : new CqlNot(operand, start, End(operand) - start);
            }

            private CqlNode? ParseSingle()
            {
                int start = _pos;
                while (_pos < _s.Length && !EndsSubject(_s[_pos]))
                {
                    _pos++;
                }

                int length = _pos - start;
                if (length == 0)
                {
                    return Fail(start, TokenLength(start), "Expected a subject (agentConnected, agentVersion, ec2InstanceId, registeredAt, runningTasksCount, task:group or attribute:<name>), found '" + Token(start) + "'.");
                }

                CqlSubject? subject = MakeSubject(start, length);
                if (subject is null)
                {
                    return null;
                }

                SkipWhitespace();
                if (_pos == _s.Length)
                {
                    return Fail(_pos, 0, "The expression ends after '" + subject.Text + "'; an operator such as ==, in or exists must follow.");
                }

                int opStart = _pos;
                if (!TryOperator(out CqlOperator op))
                {
                    return null;
                }

                int opLength = _pos - opStart;
                int end = _pos;
                CqlNode? argument = null;
                SkipWhitespace();
                if (_pos < _s.Length && !AtBinaryKeyword() && _s[_pos] != ')')
                {
                    argument = _s[_pos] == '[' ? ParseList() : ParseLiteral(false);
                    if (argument is null)
                    {
                        return null;
                    }

                    end = End(argument);
                }

                return new CqlComparison(subject, op, argument, start, end - start, opStart, opLength);
            }

            private CqlSubject? MakeSubject(int start, int length)
            {
                switch (length)
                {
                    case 12 when string.CompareOrdinal(_s, start, "agentVersion", 0, 12) == 0:
                        return new CqlSubject(CqlSubjectKind.AgentVersion, null, start, length);
                    case 12 when string.CompareOrdinal(_s, start, "registeredAt", 0, 12) == 0:
                        return new CqlSubject(CqlSubjectKind.RegisteredAt, null, start, length);
                    case 14 when string.CompareOrdinal(_s, start, "agentConnected", 0, 14) == 0:
                        return new CqlSubject(CqlSubjectKind.AgentConnected, null, start, length);
                    case 13 when string.CompareOrdinal(_s, start, "ec2InstanceId", 0, 13) == 0:
                        return new CqlSubject(CqlSubjectKind.Ec2InstanceId, null, start, length);
                    case 17 when string.CompareOrdinal(_s, start, "runningTasksCount", 0, 17) == 0:
                        return new CqlSubject(CqlSubjectKind.RunningTasksCount, null, start, length);
                    case 10 when string.CompareOrdinal(_s, start, "task:group", 0, 10) == 0:
                        return new CqlSubject(CqlSubjectKind.TaskGroup, null, start, length);
                }

                if (length >= 10 && string.CompareOrdinal(_s, start, "attribute:", 0, 10) == 0)
                {
                    if (length == 10)
                    {
                        Fail(start + 10, 0, "'attribute:' must be followed by an attribute name, e.g. attribute:ecs.instance-type.");
                        return null;
                    }

                    return new CqlSubject(CqlSubjectKind.Attribute, _s.Substring(start + 10, length - 10), start, length);
                }

                string word = _s.Substring(start, length);
                Fail(start, length, "Unknown subject '" + word + "': use agentConnected, agentVersion, ec2InstanceId, registeredAt, runningTasksCount, task:group or attribute:<name>"
                    + (word.IndexOf(':') < 0 && word.IndexOf('.') > 0 ? " (did you mean attribute:" + word + "?)." : "."));
                return null;
            }

            private bool TryOperator(out CqlOperator op)
            {
                op = CqlOperator.Equal;
                int start = _pos;
                char c = _s[_pos];
                if (c == '!' && _pos + 1 < _s.Length && IsLetter(_s[_pos + 1]))
                {
                    _pos++;
                    int wordStart = _pos;
                    ReadLetters();
                    if (MatchesWord(wordStart, "in"))
                    {
                        op = CqlOperator.NotIn;
                        return true;
                    }

                    if (MatchesWord(wordStart, "exists"))
                    {
                        op = CqlOperator.NotExists;
                        return true;
                    }

                    return UnknownOperator(start);
                }

                if (c == '=' || c == '!' || c == '<' || c == '>' || c == '~')
                {
                    while (_pos < _s.Length && (_s[_pos] == '=' || _s[_pos] == '!' || _s[_pos] == '<' || _s[_pos] == '>' || _s[_pos] == '~'))
                    {
                        _pos++;
                    }

                    int length = _pos - start;
                    char second = length == 2 ? _s[start + 1] : '\0';
                    if (length == 1 && c == '>') { op = CqlOperator.GreaterThan; return true; }
                    if (length == 1 && c == '<') { op = CqlOperator.LessThan; return true; }
                    if (length == 2 && second == '=')
                    {
                        switch (c)
                        {
                            case '=': op = CqlOperator.Equal; return true;
                            case '!': op = CqlOperator.NotEqual; return true;
                            case '>': op = CqlOperator.GreaterThanOrEqual; return true;
                            case '<': op = CqlOperator.LessThanOrEqual; return true;
                        }
                    }

                    if (length == 2 && second == '~')
                    {
                        if (c == '=') { op = CqlOperator.Matches; return true; }
                        if (c == '!') { op = CqlOperator.NotMatches; return true; }
                    }

                    _pos = start;
                    return UnknownOperator(start);
                }

                if (IsLetter(c))
                {
                    ReadLetters();
                    if (_pos == _s.Length || !(IsLetter(_s[_pos]) || char.IsDigit(_s[_pos]) || _s[_pos] == '.' || _s[_pos] == ':' || _s[_pos] == '-'))
                    {
                        switch (_pos - start)
                        {
                            case 2 when MatchesWord(start, "in"): op = CqlOperator.In; return true;
                            case 6 when MatchesWord(start, "equals"): op = CqlOperator.Equal; return true;
                            case 6 when MatchesWord(start, "exists"): op = CqlOperator.Exists; return true;
                            case 6 when MatchesWord(start, "not_in"): op = CqlOperator.NotIn; return true;
                            case 7 when MatchesWord(start, "matches"): op = CqlOperator.Matches; return true;
                            case 9 when MatchesWord(start, "less_than"): op = CqlOperator.LessThan; return true;
                            case 10 when MatchesWord(start, "not_equals"): op = CqlOperator.NotEqual; return true;
                            case 10 when MatchesWord(start, "not_exists"): op = CqlOperator.NotExists; return true;
                            case 11 when MatchesWord(start, "not_matches"): op = CqlOperator.NotMatches; return true;
                            case 12 when MatchesWord(start, "greater_than"): op = CqlOperator.GreaterThan; return true;
                            case 15 when MatchesWord(start, "less_than_equal"): op = CqlOperator.LessThanOrEqual; return true;
                            case 18 when MatchesWord(start, "greater_than_equal"): op = CqlOperator.GreaterThanOrEqual; return true;
                        }
                    }

                    _pos = start;
                    return UnknownOperator(start);
                }

                Fail(start, TokenLength(start), "Expected an operator (==, !=, >, >=, <, <=, exists, !exists, in, !in, =~, !~ or their word forms), found '" + Token(start) + "'.");
                return false;
            }

            private bool UnknownOperator(int start)
            {
                int length = 0;
                while (start + length < _s.Length && !IsWhitespace(_s[start + length]) && _s[start + length] != '[' && _s[start + length] != '\'' && _s[start + length] != '"')
                {
                    length++;
                }

                Fail(start, length, "Unknown operator '" + _s.Substring(start, length) + "': use ==, !=, >, >=, <, <=, exists, !exists, in, !in, =~ or !~ (or equals, not_equals, greater_than, greater_than_equal, less_than, less_than_equal, not_exists, not_in, matches, not_matches).");
                return false;
            }

            private CqlNode? ParseList()
            {
                int start = _pos;
                _pos++;
                var items = new List<CqlLiteral>(4);
                SkipWhitespace();
                if (_pos < _s.Length && _s[_pos] == ']')
                {
                    _pos++;
                    return new CqlList(items, start, _pos - start);
                }

                while (true)
                {
                    SkipWhitespace();
                    if (_pos == _s.Length)
                    {
                        return Fail(start, 1, "Unbalanced '[': no ']' closes the argument list.");
                    }

                    CqlLiteral? item = ParseLiteral(true);
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item);
                    SkipWhitespace();
                    if (_pos == _s.Length)
                    {
                        return Fail(start, 1, "Unbalanced '[': no ']' closes the argument list.");
                    }

                    if (_s[_pos] == ',')
                    {
                        _pos++;
                        continue;
                    }

                    if (_s[_pos] == ']')
                    {
                        _pos++;
                        return new CqlList(items, start, _pos - start);
                    }

                    return Fail(_pos, TokenLength(_pos), "Expected ',' or ']' in the argument list, found '" + Token(_pos) + "'.");
                }
            }

            private CqlLiteral? ParseLiteral(bool inList)
            {
                int start = _pos;
                char c = _s[_pos];
                if (c == '\'' || c == '"')
                {
                    int close = _s.IndexOf(c, _pos + 1);
                    if (close < 0)
                    {
                        Fail(start, _s.Length - start, "Unterminated quoted value: no closing " + c + ".");
                        return null;
                    }

                    _pos = close + 1;
                    return new CqlLiteral(_s.Substring(start + 1, close - start - 1), c, start, _pos - start);
                }

                while (_pos < _s.Length && !EndsLiteral(_s[_pos]))
                {
                    _pos++;
                }

                if (_pos == start)
                {
                    Fail(start, 1, "Expected a value" + (inList ? " in the argument list" : string.Empty) + ", found '" + c + "'.");
                    return null;
                }

                return new CqlLiteral(_s.Substring(start, _pos - start), '\0', start, _pos - start);
            }

            private bool TryKeyword(string word, string symbol)
            {
                if (_pos + 1 < _s.Length && _s[_pos] == symbol[0] && _s[_pos + 1] == symbol[1])
                {
                    _pos += 2;
                    return true;
                }

                if (IsWord(_pos, word) && IsKeywordEnd(_pos + word.Length))
                {
                    _pos += word.Length;
                    return true;
                }

                return false;
            }

            private bool AtBinaryKeyword()
            {
                if (_pos + 1 < _s.Length && ((_s[_pos] == '&' && _s[_pos + 1] == '&') || (_s[_pos] == '|' && _s[_pos + 1] == '|')))
                {
                    return true;
                }

                return (IsWord(_pos, "and") && IsKeywordEnd(_pos + 3)) || (IsWord(_pos, "or") && IsKeywordEnd(_pos + 2));
            }

            private bool IsKeywordEnd(int index) =>
                index == _s.Length || IsWhitespace(_s[index]) || _s[index] == '(' || _s[index] == '!';

            private bool IsWord(int index, string word) =>
                index + word.Length <= _s.Length && string.CompareOrdinal(_s, index, word, 0, word.Length) == 0;

            private bool MatchesWord(int start, string word) =>
                _pos - start == word.Length && string.CompareOrdinal(_s, start, word, 0, word.Length) == 0;

            private void ReadLetters()
            {
                while (_pos < _s.Length && (IsLetter(_s[_pos]) || _s[_pos] == '_'))
                {
                    _pos++;
                }
            }

            private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

            private void SkipWhitespace()
            {
                while (_pos < _s.Length && IsWhitespace(_s[_pos]))
                {
                    _pos++;
                }
            }

            private static int End(CqlNode node) => node.Start + node.Length;

            private int TokenLength(int start)
            {
                int end = start;
                while (end < _s.Length && !IsWhitespace(_s[end]) && (end == start || (_s[end] != ')' && _s[end] != '(')))
                {
                    end++;
                }

                return end - start;
            }

            private string Token(int start)
            {
                int length = TokenLength(start);
                return length > 40 ? _s.Substring(start, 40) + "…" : _s.Substring(start, length);
            }

            private CqlNode? Fail(int start, int length, string message)
            {
                if (Error is null)
                {
                    Error = new CqlError(RuleIds.CqlSyntax, start, length, message, RuleSeverity.Error);
                }

                return null;
            }
        }
    }
}
