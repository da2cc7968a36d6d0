using System;
using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>Reads a task definition file in register-input or describe-output form. Never throws for bad input.</summary>
    internal static class JsonDocumentReader
    {
        /// <summary>Nesting deeper than any task definition needs; deeper input is reported, not followed.</summary>
        public const int MaxDepth = 64;

        private const string DescribeRoot = "/taskDefinition";

        public static TaskDefinitionDocument Read(byte[] utf8, string? file)
        {
            if (!TextDecoding.TryToUtf8(utf8, out utf8, out string? encodingProblem))
            {
                var lines0 = new LineIndex(utf8, file);
                var problem = new List<RuleDiagnostic> { Diagnostic(RuleIds.MalformedJson, "The input cannot be read: " + encodingProblem + ".", string.Empty, lines0.Locate(0)) };
                return new TaskDefinitionDocument(null, DocumentForm.Unreadable, problem, file, new JsonLocator(utf8, lines0), false);
            }

            if (HasUtf8Bom(utf8))
            {
                utf8 = utf8.AsSpan(3).ToArray();
            }

            var diagnostics = new List<RuleDiagnostic>();
            var unreadable = new HashSet<string>(StringComparer.Ordinal);
            var lines = new LineIndex(utf8, file);
            var locator = new JsonLocator(utf8, lines);
            DocumentForm form = DocumentForm.Unreadable;
            TaskDefinition? definition = null;
            bool tagsAtTopLevel = false;
            try
            {
                var options = new JsonReaderOptions { MaxDepth = MaxDepth };
                var reader = new Utf8JsonReader(utf8, options);
                if (!reader.Read())
                {
                    diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is empty; expected a JSON object.", string.Empty, lines.Locate(0)));
                }
                else if (reader.TokenType != JsonTokenType.StartObject)
                {
                    diagnostics.Add(Diagnostic(
                        RuleIds.UnrecognisedDocument,
                        "The input is a JSON " + reader.TokenType.ToString().Replace("Start", string.Empty).ToLowerInvariant() +
                        ", not an object; a task definition is a JSON object with 'family' and 'containerDefinitions'.",
                        string.Empty,
                        lines.Locate(reader.TokenStartIndex)));
                }
                else if (IsDescribeOutput(reader))
                {
                    form = DocumentForm.DescribeOutput;
                    definition = ReadDescribeOutput(ref reader, utf8, lines, diagnostics, unreadable, out tagsAtTopLevel);
                }
                else
                {
                    form = DocumentForm.RegisterInput;
                    definition = ReadDefinition(ref reader, utf8, lines, diagnostics, unreadable, string.Empty, RuleSeverity.Error);
                }

                if (definition != null)
                {
                    // Trailing content after the document is malformed JSON; Read() throws for it.
                    while (reader.Read())
                    {
                    }
                }
            }
            catch (InvalidJsonTextException exception)
            {
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is not valid JSON text: " + exception.Message + ".", string.Empty, lines.Locate(exception.Offset)));
                definition = null;
                form = DocumentForm.Unreadable;
            }
            catch (JsonException exception)
            {
                long line = (exception.LineNumber ?? 0) + 1;
                long column = (exception.BytePositionInLine ?? 0) + 1;
                diagnostics.Add(Diagnostic(
                    RuleIds.MalformedJson,
                    "The input is not valid JSON: " + FirstSentence(exception.Message),
                    string.Empty,
                    new SourceLocation(file, (int)line, (int)column)));
                definition = null;
                form = DocumentForm.Unreadable;
            }

            return new TaskDefinitionDocument(definition, form, diagnostics, file, locator, tagsAtTopLevel, unreadable);
        }

        private static TaskDefinition ReadDefinition(
            ref Utf8JsonReader reader,
            byte[] utf8,
            LineIndex lines,
            List<RuleDiagnostic> diagnostics,
            HashSet<string> unreadable,
            string prefix,
            RuleSeverity readOnlySeverity)
        {
            var binder = new ModelJsonReader(utf8, lines, diagnostics, prefix, unreadable);
            ReportReadOnlyMembers(reader, lines, diagnostics, prefix, readOnlySeverity);
            return (TaskDefinition)binder.ReadObject(ref reader, TaskDefinition.Schema, ReadOnlyMembers.TaskDefinition.Contains);
        }

        private static void ReportReadOnlyMembers(Utf8JsonReader reader, LineIndex lines, List<RuleDiagnostic> diagnostics, string prefix, RuleSeverity severity)
        {
            int depth = reader.CurrentDepth;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
            {
                string name = JsonText.GetString(ref reader);
                long offset = reader.TokenStartIndex;
                reader.Read();
                reader.Skip();
                if (ReadOnlyMembers.TaskDefinition.Contains(name))
                {
                    string why = severity == RuleSeverity.Error
                        ? "register-task-definition rejects it. Remove it (TaskDefKit leaves it out when it writes JSON)."
                        : "it is dropped when TaskDefKit writes the register input.";
                    diagnostics.Add(new RuleDiagnostic(
                        RuleIds.UnknownMember,
                        severity,
                        "'" + name + "' is a read-only member of describe-task-definition output; " + why,
                        JsonPointer.Member(prefix, name),
                        lines.Locate(offset)));
                }
            }
        }

        private static bool IsDescribeOutput(Utf8JsonReader reader)
        {
            bool hasTaskDefinition = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = JsonText.GetString(ref reader);
                reader.Read();
                if (name == "taskDefinition" && reader.TokenType == JsonTokenType.StartObject)
                {
                    hasTaskDefinition = true;
                }
                else if (name == "family" || name == "containerDefinitions")
                {
                    return false;
                }

                reader.Skip();
            }

            return hasTaskDefinition;
        }

        private static TaskDefinition? ReadDescribeOutput(
            ref Utf8JsonReader reader,
            byte[] utf8,
            LineIndex lines,
            List<RuleDiagnostic> diagnostics,
            HashSet<string> unreadable,
            out bool tagsAtTopLevel)
        {
            tagsAtTopLevel = false;
            TaskDefinition? definition = null;
            List<Tag>? topLevelTags = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = JsonText.GetString(ref reader);
                long nameOffset = reader.TokenStartIndex;
                reader.Read();
                if (name == "taskDefinition" && reader.TokenType == JsonTokenType.StartObject)
                {
                    definition = ReadDefinition(ref reader, utf8, lines, diagnostics, unreadable, DescribeRoot, RuleSeverity.Warning);
                }
                else if (name == "tags")
                {
                    // describe-task-definition puts the tags beside the definition; bind them as its own member.
                    var binder = new ModelJsonReader(utf8, lines, diagnostics, string.Empty, unreadable);
                    var holder = new TaskDefinition();
                    MemberSchema tagsMember = TaskDefinition.Schema.Find("tags")!;
                    if (binder.TryReadMember(ref reader, tagsMember, out object? tags))
                    {
                        tagsMember.Set(holder, tags);
                    }

                    topLevelTags = holder.Tags;
                }
                else
                {
                    diagnostics.Add(new RuleDiagnostic(
                        RuleIds.UnknownMember,
                        RuleSeverity.Warning,
                        "'" + name + "' is not part of describe-task-definition output; it is ignored.",
                        JsonPointer.Member(string.Empty, name),
                        lines.Locate(nameOffset)));
                    reader.Skip();
                }
            }

            if (definition != null && topLevelTags != null)
            {
                if (definition.Tags is null || definition.Tags.Count == 0)
                {
                    definition.Tags = topLevelTags;
                    tagsAtTopLevel = true;
                }
                else
                {
                    definition.Tags.AddRange(topLevelTags);
                }
            }

            return definition;
        }

        private static RuleDiagnostic Diagnostic(string ruleId, string message, string pointer, SourceLocation? location) =>
            new RuleDiagnostic(ruleId, RuleCatalog.Get(ruleId).DefaultSeverity, message, pointer, location);

        private static bool HasUtf8Bom(byte[] utf8) =>
            utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF;

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
