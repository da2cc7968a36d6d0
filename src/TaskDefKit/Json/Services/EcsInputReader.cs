using System;
using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>Reads one operation input object with the model's schema. Never throws for bad input.</summary>
    internal static class EcsInputReader
    {
        public static EcsInputDocument<T> Read<T>(byte[] utf8, string? file, ClassSchema schema, string what)
            where T : class
        {
            if (!TextDecoding.TryToUtf8(utf8, out utf8, out string? encodingProblem))
            {
                var unreadable = new LineIndex(utf8, file);
                return Failed<T>(file, Diagnostic(RuleIds.MalformedJson, "The input cannot be read: " + encodingProblem + ".", unreadable.Locate(0)));
            }

            if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                utf8 = utf8.AsSpan(3).ToArray();
            }

            var lines = new LineIndex(utf8, file);
            var locator = new JsonLocator(utf8, lines);
            var diagnostics = new List<RuleDiagnostic>();
            T? value = null;
            try
            {
                var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth });
                if (!reader.Read())
                {
                    diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is empty; expected a JSON object.", lines.Locate(0)));
                }
                else if (reader.TokenType != JsonTokenType.StartObject)
                {
                    diagnostics.Add(Diagnostic(
                        RuleIds.UnrecognisedDocument,
                        "The input is a JSON " + reader.TokenType.ToString().Replace("Start", string.Empty).ToLowerInvariant() + ", not an object; " + what + " is a JSON object.",
                        lines.Locate(reader.TokenStartIndex)));
                }
                else
                {
                    value = (T)new ModelJsonReader(utf8, lines, diagnostics, string.Empty).ReadObject(ref reader, schema);
                    UnknownInputMembers.Report(value, schema, Operation(what), string.Empty, locator, diagnostics);

                    // Trailing content after the object is malformed JSON; Read() throws for it.
                    while (reader.Read())
                    {
                    }
                }
            }
            catch (InvalidJsonTextException exception)
            {
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is not valid JSON text: " + exception.Message + ".", lines.Locate(exception.Offset)));
                value = null;
            }
            catch (JsonException exception)
            {
                var location = new SourceLocation(file, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1);
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is not valid JSON: " + FirstSentence(exception.Message), location));
                value = null;
            }

            return new EcsInputDocument<T>(value, diagnostics, file, locator);
        }

        /// <summary>
        /// Reads describe output (<c>{"services": [...], "failures": [...]}</c>): each item of the list member as the
        /// operation input it describes. Members only the output has are reported (TDK1029, warning) and dropped, members
        /// the output names differently (<c>clusterArn</c>, <c>roleArn</c>) are read as the input's member, and
        /// <c>failures</c> is ignored. Never throws for bad input: a problem with the whole text is in
        /// <see cref="EcsDescribeDocument{T}.ReadDiagnostics"/>.
        /// </summary>
        public static EcsDescribeDocument<T> ReadDescribe<T>(byte[] utf8, string? file, DescribeOutputShape shape)
            where T : class
        {
            var diagnostics = new List<RuleDiagnostic>();
            var items = new List<EcsInputDocument<T>>();
            if (!TextDecoding.TryToUtf8(utf8, out utf8, out string? encodingProblem))
            {
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input cannot be read: " + encodingProblem + ".", new LineIndex(utf8, file).Locate(0)));
                return new EcsDescribeDocument<T>(items, diagnostics, file);
            }

            if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                utf8 = utf8.AsSpan(3).ToArray();
            }

            var lines = new LineIndex(utf8, file);
            var locator = new JsonLocator(utf8, lines);
            try
            {
                var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth });
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    diagnostics.Add(Diagnostic(RuleIds.UnrecognisedDocument, shape.Operation + " output is a JSON object with '" + shape.ListMember + "'.", lines.Locate(reader.TokenStartIndex)));
                    return new EcsDescribeDocument<T>(items, diagnostics, file);
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = JsonText.GetString(ref reader);
                    long nameOffset = reader.TokenStartIndex;
                    reader.Read();
                    if (name == shape.ListMember && reader.TokenType == JsonTokenType.StartArray)
                    {
                        int index = 0;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            string prefix = JsonPointer.Index("/" + shape.ListMember, index++);
                            items.Add(ReadItem<T>(ref reader, utf8, lines, locator, file, prefix, shape));
                        }
                    }
                    else if (name == shape.ListMember)
                    {
                        diagnostics.Add(new RuleDiagnostic(RuleIds.JsonType, RuleCatalog.Get(RuleIds.JsonType).DefaultSeverity, "'" + shape.ListMember + "' must be a JSON array of " + shape.ItemName + " objects.", "/" + shape.ListMember, lines.Locate(reader.TokenStartIndex)));
                        reader.Skip();
                    }
                    else
                    {
                        if (name != "failures" && name != "nextToken")
                        {
                            diagnostics.Add(new RuleDiagnostic(RuleIds.UnknownMember, RuleSeverity.Warning, "'" + name + "' is not part of " + shape.Operation + " output; it is ignored.", JsonPointer.Member(string.Empty, name), lines.Locate(nameOffset)));
                        }

                        reader.Skip();
                    }
                }

                while (reader.Read())
                {
                }
            }
            catch (InvalidJsonTextException exception)
            {
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is not valid JSON text: " + exception.Message + ".", lines.Locate(exception.Offset)));
                items.Clear();
            }
            catch (JsonException exception)
            {
                var location = new SourceLocation(file, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1);
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is not valid JSON: " + FirstSentence(exception.Message), location));
                items.Clear();
            }

            return new EcsDescribeDocument<T>(items, diagnostics, file);
        }

        private static EcsInputDocument<T> ReadItem<T>(ref Utf8JsonReader reader, byte[] utf8, LineIndex lines, JsonLocator locator, string? file, string prefix, DescribeOutputShape shape)
            where T : class
        {
            var diagnostics = new List<RuleDiagnostic>();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                diagnostics.Add(new RuleDiagnostic(RuleIds.JsonType, RuleCatalog.Get(RuleIds.JsonType).DefaultSeverity, "Each item of '" + shape.ListMember + "' must be a " + shape.ItemName + " object.", prefix, lines.Locate(reader.TokenStartIndex)));
                reader.Skip();
                return new EcsInputDocument<T>(null, diagnostics, file, locator, prefix, shape.InputNames);
            }

            // First pass (a copy of the reader): report the output-only members and read the renamed ones.
            Utf8JsonReader scan = reader;
            var renamed = new List<(MemberSchema Member, object? Value)>();
            var binder = new ModelJsonReader(utf8, lines, diagnostics, prefix);
            int depth = scan.CurrentDepth;
            while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName && scan.CurrentDepth == depth + 1)
            {
                string name = JsonText.GetString(ref scan);
                long offset = scan.TokenStartIndex;
                scan.Read();
                if (shape.OutputNames.TryGetValue(name, out string? inputName) && shape.Schema.Find(inputName) is MemberSchema member)
                {
                    if (binder.TryReadMember(ref scan, member, out object? value))
                    {
                        renamed.Add((member, value));
                    }

                    continue;
                }

                if (shape.ReadOnly.Contains(name))
                {
                    diagnostics.Add(new RuleDiagnostic(
                        RuleIds.UnknownMember,
                        RuleSeverity.Warning,
                        "'" + name + "' is a read-only member of " + shape.Operation + " output; it is dropped when TaskDefKit writes the " + shape.InputOperation + " input.",
                        JsonPointer.Member(prefix, name),
                        lines.Locate(offset)));
                }

                scan.Skip();
            }

            var value0 = (T)binder.ReadObject(ref reader, shape.Schema, name => shape.ReadOnly.Contains(name) || shape.OutputNames.ContainsKey(name));
            foreach ((MemberSchema member, object? value) in renamed)
            {
                member.Set(value0, value);
            }

            UnknownInputMembers.Report(value0, shape.Schema, shape.InputOperation, prefix, locator, diagnostics);
            return new EcsInputDocument<T>(value0, diagnostics, file, locator, prefix, shape.InputNames);
        }

        /// <summary>"a create-service input" → "create-service".</summary>
        private static string Operation(string what)
        {
            string operation = what.StartsWith("an ", StringComparison.Ordinal) ? what.Substring(3) : what.StartsWith("a ", StringComparison.Ordinal) ? what.Substring(2) : what;
            return operation.EndsWith(" input", StringComparison.Ordinal) ? operation.Substring(0, operation.Length - 6) : operation;
        }

        private static EcsInputDocument<T> Failed<T>(string? file, RuleDiagnostic diagnostic)
            where T : class => new EcsInputDocument<T>(null, new[] { diagnostic }, file);

        private static RuleDiagnostic Diagnostic(string ruleId, string message, SourceLocation? location) =>
            new RuleDiagnostic(ruleId, RuleCatalog.Get(ruleId).DefaultSeverity, message, string.Empty, location);

        private static string FirstSentence(string message)
        {
            int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            }

            return (cut > 0 ? message.Substring(0, cut) : message).Trim();
        }
    }
}
