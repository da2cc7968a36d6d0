using System.Collections.Generic;

namespace TaskDefKit.Analyzers.Builder.Description
{
    /// <summary>Parses the binding strings of the description attributes (grammar: <c>src/Shared/Builders/BuilderDescription.cs</c>).</summary>
    internal static class DescriptionSyntax
    {
        public static string[] SplitPath(string path) => path.Length == 0 ? new string[0] : path.Split('/');

        /// <summary>A target segment <c>{name}</c>: a map key read from parameter <c>name</c>.</summary>
        public static bool IsKeyParameter(string segment, out string? parameter)
        {
            parameter = segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}' ? segment.Substring(1, segment.Length - 2) : null;
            return parameter != null;
        }

        public static bool TryParseBinding(string text, out Binding? binding, out string? error)
        {
            binding = null;
            int equals = IndexOutsideQuotes(text, '=', 0);
            string target = equals < 0 ? string.Empty : text.Substring(0, equals);
            string source = equals < 0 ? text : text.Substring(equals + 1);
            bool omit = source.EndsWith("?", System.StringComparison.Ordinal);
            if (omit)
            {
                source = source.Substring(0, source.Length - 1);
            }

            var parts = new List<ValuePart>();
            int start = 0;
            while (true)
            {
                int plus = IndexOutsideQuotes(source, '+', start);
                string part = plus < 0 ? source.Substring(start) : source.Substring(start, plus - start);
                if (!TryParsePart(part, out ValuePart? parsed))
                {
                    error = "cannot read the value part '" + part + "'";
                    return false;
                }

                parts.Add(parsed!);
                if (plus < 0)
                {
                    break;
                }

                start = plus + 1;
            }

            if (omit && (parts.Count != 1 || parts[0].Kind != ValuePartKind.Parameter))
            {
                error = "'?' applies to one parameter";
                return false;
            }

            error = null;
            binding = new Binding(SplitPath(target), parts, omit);
            return true;
        }

        /// <summary><c>"parameter"</c> or <c>"path=parameter"</c>.</summary>
        public static bool TryParseNested(string text, out Binding? nested)
        {
            nested = null;
            if (!TryParseBinding(text, out Binding? binding, out _) || binding!.Parts.Count != 1 || binding.Parts[0].Kind != ValuePartKind.Parameter ||
                binding.Parts[0].Member != null || binding.OmitWhenAbsent)
            {
                return false;
            }

            nested = binding;
            return true;
        }

        private static bool TryParsePart(string part, out ValuePart? parsed)
        {
            parsed = null;
            if (part.Length >= 2 && part[0] == '\'' && part[part.Length - 1] == '\'')
            {
                parsed = new ValuePart(ValuePartKind.Literal, part.Substring(1, part.Length - 2));
            }
            else if (part == "null")
            {
                parsed = new ValuePart(ValuePartKind.Null, part);
            }
            else if (part == "{}")
            {
                parsed = new ValuePart(ValuePartKind.EmptyObject, part);
            }
            else if (TryParseConditional(part, out ValuePart? conditional))
            {
                parsed = conditional;
            }
            else
            {
                int dot = part.IndexOf('.');
                string name = dot < 0 ? part : part.Substring(0, dot);
                string? member = dot < 0 ? null : part.Substring(dot + 1);
                if (IsIdentifier(name) && (member is null || IsIdentifier(member)))
                {
                    parsed = new ValuePart(ValuePartKind.Parameter, name, member);
                }
            }

            return parsed != null;
        }

        /// <summary><c>flag?'A':'B'</c>.</summary>
        private static bool TryParseConditional(string part, out ValuePart? parsed)
        {
            parsed = null;
            int question = part.IndexOf('?');
            int colon = IndexOutsideQuotes(part, ':', question + 1);
            if (question <= 0 || colon < 0)
            {
                return false;
            }

            string name = part.Substring(0, question);
            string whenTrue = part.Substring(question + 1, colon - question - 1);
            string whenFalse = part.Substring(colon + 1);
            if (!IsIdentifier(name) || !IsQuoted(whenTrue) || !IsQuoted(whenFalse))
            {
                return false;
            }

            parsed = new ValuePart(ValuePartKind.Conditional, name, null, whenTrue.Substring(1, whenTrue.Length - 2), whenFalse.Substring(1, whenFalse.Length - 2));
            return true;
        }

        private static bool IsQuoted(string text) => text.Length >= 2 && text[0] == '\'' && text[text.Length - 1] == '\'';

        private static bool IsIdentifier(string text)
        {
            if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static int IndexOutsideQuotes(string text, char wanted, int start)
        {
            bool quoted = false;
            for (int i = start; i < text.Length; i++)
            {
                if (text[i] == '\'')
                {
                    quoted = !quoted;
                }
                else if (!quoted && text[i] == wanted)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
