using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using TaskDefKit.Analyzers.Generator;

namespace TaskDefKit.Cli.Import.Attributed
{
    /// <summary>
    /// One attribute that writes a JSON object (or list entry): the generator's own table (<see cref="AttributeTable"/>)
    /// read backwards. For a rule and the object it would write, every constructor of the attribute class is tried;
    /// the arguments are the input's values through <see cref="AttributeArguments"/>, and the choice is the one that
    /// writes only what the input holds (a rule's fixed values and defaults included) and covers most of it.
    /// </summary>
    internal sealed class AttributeChoice
    {
        private AttributeChoice(AttributeRule rule, List<string> arguments, List<string> written, List<(string Path, string Why)> mismatches, int covered)
        {
            Rule = rule;
            Arguments = arguments;
            Written = written;
            Mismatches = mismatches;
            Covered = covered;
        }

        public AttributeRule Rule { get; }

        /// <summary>Positional then named arguments, as C#.</summary>
        public List<string> Arguments { get; }

        /// <summary>The relative paths whose values the attribute writes as the input has them.</summary>
        public List<string> Written { get; }

        /// <summary>Values the attribute writes that the input does not hold (a fixed value, a default).</summary>
        public List<(string Path, string Why)> Mismatches { get; }

        public int Covered { get; }

        public string ShortName => Short(Rule);

        public static string Short(AttributeRule rule) =>
            rule.Name.EndsWith("Attribute", StringComparison.Ordinal) ? rule.Name.Substring(0, rule.Name.Length - "Attribute".Length) : rule.Name;

        /// <summary>The attribute text, <c>[Name(args)]</c>, wrapped at 120 columns with continuation lines indented by four.</summary>
        public string Text(int indent) => Wrap("[" + ShortName + (Arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", Arguments) + ")") + "]", indent);

        /// <summary>
        /// The best choice among <paramref name="rules"/> for <paramref name="node"/>: exact ones first, then the one
        /// covering most values. Null when no rule has its required arguments; <paramref name="missing"/> then says
        /// which (for the note). With <paramref name="nullForMissing"/> a missing required string is passed as <c>null!</c>.
        /// </summary>
        public static AttributeChoice? Best(IEnumerable<AttributeRule> rules, JsonElement node, bool nullForMissing, out string? missing)
        {
            var leaves = new List<string>();
            JsonPaths.Leaves(node, string.Empty, leaves);
            AttributeChoice? best = null;
            missing = null;
            foreach (AttributeRule rule in rules)
            {
                foreach (ConstructorInfo constructor in Constructors(rule))
                {
                    AttributeChoice? candidate = Evaluate(rule, constructor, node, leaves, nullForMissing, out string? lacking);
                    if (candidate is null)
                    {
                        missing ??= "[" + Short(rule) + "] needs " + lacking;
                        continue;
                    }

                    if (best is null || Better(candidate, best))
                    {
                        best = candidate;
                    }
                }
            }

            return best;
        }

        private static bool Better(AttributeChoice candidate, AttributeChoice best)
        {
            if ((candidate.Mismatches.Count == 0) != (best.Mismatches.Count == 0))
            {
                return candidate.Mismatches.Count == 0;
            }

            return candidate.Covered > best.Covered;
        }

        /// <summary>The attribute class's public constructors, fewest parameters first (ties by parameter names: deterministic).</summary>
        private static IEnumerable<ConstructorInfo> Constructors(AttributeRule rule)
        {
            Type type = AttributeType(rule);
            return type.GetConstructors().OrderBy(c => c.GetParameters().Length)
                .ThenBy(c => string.Join(",", c.GetParameters().Select(p => p.Name)), StringComparer.Ordinal);
        }

        public static Type AttributeType(AttributeRule rule) =>
            typeof(TaskDefKit.Attributes.TaskDefinitionAttribute).Assembly.GetType(AttributeTable.Namespace + "." + rule.Name, throwOnError: true)!;

        private static AttributeChoice? Evaluate(AttributeRule rule, ConstructorInfo constructor, JsonElement node, List<string> leaves, bool nullForMissing, out string? lacking)
        {
            lacking = null;
            var values = new Dictionary<string, (string Text, string Path)>(StringComparer.Ordinal);
            foreach (Binding binding in rule.Bindings)
            {
                if (JsonPaths.TryGet(node, binding.Path, out JsonElement value) && AttributeArguments.For(Short(rule), binding.Argument, binding.Conversion, value) is string text)
                {
                    values[binding.Argument] = (text, binding.Path);
                }
            }

            var arguments = new List<string>();
            var written = new List<string>();
            var mismatches = new List<(string, string)>();
            var parameters = new HashSet<string>(StringComparer.Ordinal);
            foreach (ParameterInfo parameter in constructor.GetParameters())
            {
                parameters.Add(parameter.Name!);
                bool isParams = parameter.IsDefined(typeof(ParamArrayAttribute));
                if (values.TryGetValue(parameter.Name!, out var value))
                {
                    arguments.Add(isParams ? AttributeArguments.Expanded(value.Text) : value.Text);
                    written.Add(value.Path);
                }
                else if (!isParams && nullForMissing && parameter.ParameterType == typeof(string))
                {
                    arguments.Add("null!");
                    string path = rule.Bindings.First(b => b.Argument == parameter.Name).Path;
                    mismatches.Add((path, "[" + Short(rule) + "] needs " + parameter.Name + " and the input has none: written as null! (the analyzer reports TDK8004 until it is set)"));
                }
                else if (!isParams)
                {
                    lacking = parameter.Name;
                    return null;
                }
            }

            Type type = constructor.DeclaringType!;
            foreach (Binding binding in rule.Bindings)
            {
                if (parameters.Contains(binding.Argument) || !values.TryGetValue(binding.Argument, out var value) || written.Contains(binding.Path) ||
                    type.GetProperty(binding.Argument)?.SetMethod is not { IsPublic: true })
                {
                    continue;
                }

                written.Add(binding.Path);
                if (!Holds(rule.Defaults, binding.Path, node))
                {
                    arguments.Add(binding.Argument + " = " + value.Text);
                }
            }

            foreach (KeyValuePair<string, string> value in rule.Fixed.Concat(rule.Defaults))
            {
                if (written.Contains(value.Key))
                {
                    continue;
                }

                if (JsonPaths.TryGet(node, value.Key, out JsonElement actual) && actual.ValueKind == JsonValueKind.String && actual.GetString() == value.Value)
                {
                    written.Add(value.Key);
                }
                else
                {
                    mismatches.Add((value.Key, "[" + Short(rule) + "] writes \"" + value.Value + "\" here and the input has " + (JsonPaths.TryGet(node, value.Key, out actual) ? actual.GetRawText() : "none")));
                }
            }

            foreach (string ensure in rule.Ensure)
            {
                if (!JsonPaths.TryGet(node, ensure, out JsonElement actual) || actual.ValueKind != JsonValueKind.Object)
                {
                    mismatches.Add((ensure, "[" + Short(rule) + "] always writes this object and the input has none"));
                }
            }

            int covered = leaves.Count(leaf => written.Any(path => JsonPaths.IsUnder(leaf, JsonPaths.Append(string.Empty, path))));
            return new AttributeChoice(rule, arguments, written, mismatches, covered);
        }

        /// <summary>True when the rule's default for <paramref name="path"/> is the input's value: the argument can be left out.</summary>
        private static bool Holds(KeyValuePair<string, string>[] defaults, string path, JsonElement node) =>
            defaults.Any(d => d.Key == path && JsonPaths.TryGet(node, path, out JsonElement actual) && actual.ValueKind == JsonValueKind.String && actual.GetString() == d.Value);

        private static string Wrap(string text, int indent)
        {
            const int Width = 120;
            if (indent + text.Length <= Width)
            {
                return text;
            }

            // Break after ", " between arguments (never inside a string literal), continuation lines four deeper.
            var lines = new List<string>();
            var line = new System.Text.StringBuilder();
            int start = 0;
            bool inString = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }

                    continue;
                }

                if (c == '"')
                {
                    inString = true;
                }
                else if (c == ',' && i + 1 < text.Length && text[i + 1] == ' ')
                {
                    string piece = text.Substring(start, i + 1 - start);
                    int limit = Width - indent - (lines.Count == 0 ? 0 : 4);
                    if (line.Length > 0 && line.Length + piece.Length > limit)
                    {
                        lines.Add(line.ToString().TrimEnd());
                        line.Clear();
                        piece = piece.TrimStart();
                    }

                    line.Append(piece);
                    start = i + 1;
                }
            }

            string rest = text.Substring(start);
            if (line.Length > 0 && line.Length + rest.Length > Width - indent - (lines.Count == 0 ? 0 : 4))
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                rest = rest.TrimStart();
            }

            line.Append(rest);
            lines.Add(line.ToString());
            return string.Join("\n" + new string(' ', indent + 4), lines);
        }
    }
}
