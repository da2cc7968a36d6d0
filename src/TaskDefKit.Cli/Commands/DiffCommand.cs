using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using TaskDefKit.Cli.Input;
using TaskDefKit.Diff;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef diff OLD NEW</c>: what registering NEW would change compared with OLD, with AWS's defaults normalised
    /// away. Exit 0: nothing that needs a new revision (skip register-task-definition); 1: changes; 2: trouble.
    /// </summary>
    internal static class DiffCommand
    {
        public static Command Create(CliConsole console)
        {
            var oldFile = new Argument<string>("old") { Description = "The current definition (any form taskdef reads: register input, describe output, CloudFormation, Terraform), or - for stdin." };
            var newFile = new Argument<string>("new") { Description = "The new definition, in any form taskdef reads." };
            var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var command = new Command("diff", "Compare two task definitions semantically; exit 0 when registering the new one would change nothing.")
            {
                oldFile, newFile, format,
            };
            command.SetAction(parse => Run(parse.GetValue(oldFile)!, parse.GetValue(newFile)!, parse.GetValue(format) == "json", console));
            return command;
        }

        private static int Run(string oldPath, string newPath, bool json, CliConsole console)
        {
            List<NamedDefinition>? before = Read(oldPath, console);
            List<NamedDefinition>? after = before is null ? null : Read(newPath, console);
            if (before is null || after is null)
            {
                return ExitCodes.UsageOrUnreadable;
            }

            DefinitionPairs pairs = DefinitionPairs.Match(before, after);
            var compared = new List<(NamedDefinition Old, NamedDefinition New, IReadOnlyList<DefinitionChange> Changes)>();
            foreach ((NamedDefinition old, NamedDefinition now) in pairs.Pairs)
            {
                IReadOnlyList<DefinitionChange>? changes = Compare(old, now, console);
                if (changes is null)
                {
                    return ExitCodes.UsageOrUnreadable;
                }

                compared.Add((old, now, changes));
            }

            bool changed = pairs.Added.Count > 0 || pairs.Removed.Count > 0 || compared.Exists(c => c.Changes.Count > 0);
            if (pairs.Single)
            {
                console.Out.Write(json ? DiffFormatter.Json(compared[0].Changes) : DiffFormatter.Text(compared[0].Changes));
            }
            else
            {
                console.Out.Write(json ? DiffFormatter.Json(compared, pairs) : DiffFormatter.Text(compared, pairs));
            }

            return changed ? ExitCodes.ErrorsFound : ExitCodes.Success;
        }

        private static List<NamedDefinition>? Read(string path, CliConsole console)
        {
            List<NamedDefinition>? definitions = DefinitionFile.Read(path, console, out string display, out string? why);
            if (definitions is null)
            {
                console.Error.WriteLine("taskdef: " + display + ": error TDK0001: " + why);
            }

            return definitions;
        }

        private static IReadOnlyList<DefinitionChange>? Compare(NamedDefinition old, NamedDefinition now, CliConsole console)
        {
            using JsonDocument? before = Parse(old, console);
            using JsonDocument? after = before is null ? null : Parse(now, console);
            return before is null || after is null ? null : TaskDefinitionDiff.Compare(before.RootElement, after.RootElement);
        }

        private static JsonDocument? Parse(NamedDefinition definition, CliConsole console)
        {
            string why;
            try
            {
                JsonDocument document = JsonDocument.Parse(definition.Json, new JsonDocumentOptions { MaxDepth = TaskDefKit.Json.JsonDocumentReader.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return document;
                }

                document.Dispose();
                why = "not a JSON object";
            }
            catch (JsonException exception)
            {
                why = "not valid JSON: " + exception.Message;
            }

            console.Error.WriteLine("taskdef: " + definition.Label + ": error TDK0001: " + why);
            return null;
        }
    }

    /// <summary>Diff output: grouped by container (task-level members first), old → new, then the kinds of change.</summary>
    internal static class DiffFormatter
    {
        public static string Text(IReadOnlyList<DefinitionChange> changes)
        {
            if (changes.Count == 0)
            {
                return "No changes: registering would add an identical revision.\n";
            }

            var text = new StringBuilder();
            string? group = "\u0001";
            foreach (DefinitionChange change in Ordered(changes))
            {
                if (change.Container != group)
                {
                    group = change.Container;
                    text.Append(group is null ? "task:\n" : "container " + group + ":\n");
                }

                text.Append("  ").Append(change.Path).Append(": ")
                    .Append(change.OldValue ?? "(absent)").Append(" -> ").Append(change.NewValue ?? "(absent)").Append('\n');
            }

            text.Append(changes.Count).Append(" change(s): ").Append(Kinds(changes)).Append('\n');
            return text.ToString();
        }

        /// <summary>Files of several definitions: each pair's changes under its name, then what was added or removed.</summary>
        public static string Text(List<(NamedDefinition Old, NamedDefinition New, IReadOnlyList<DefinitionChange> Changes)> compared, DefinitionPairs pairs)
        {
            var text = new StringBuilder();
            var all = new List<DefinitionChange>();
            foreach ((NamedDefinition old, NamedDefinition now, IReadOnlyList<DefinitionChange> changes) in compared)
            {
                string name = old.Label == now.Label ? old.Label : old.Label + " -> " + now.Label;
                if (changes.Count == 0)
                {
                    text.Append("definition ").Append(name).Append(": no changes\n");
                    continue;
                }

                text.Append("definition ").Append(name).Append(":\n");
                foreach (string line in Text(changes).TrimEnd('\n').Split('\n'))
                {
                    text.Append("  ").Append(line).Append('\n');
                }

                all.AddRange(changes);
            }

            foreach (NamedDefinition removed in pairs.Removed)
            {
                text.Append("removed: ").Append(removed.Label).Append(Family(removed)).Append('\n');
            }

            foreach (NamedDefinition added in pairs.Added)
            {
                text.Append("added: ").Append(added.Label).Append(Family(added)).Append('\n');
            }

            int changedDefinitions = compared.FindAll(c => c.Changes.Count > 0).Count;
            if (changedDefinitions == 0 && pairs.Added.Count == 0 && pairs.Removed.Count == 0)
            {
                return text.Append("No changes: registering would add identical revisions.\n").ToString();
            }

            text.Append(changedDefinitions).Append(" of ").Append(compared.Count).Append(" definition(s) changed");
            if (all.Count > 0)
            {
                text.Append(" (").Append(Kinds(all)).Append(')');
            }

            return text.Append(", ").Append(pairs.Added.Count).Append(" added, ").Append(pairs.Removed.Count).Append(" removed\n").ToString();
        }

        public static string Json(List<(NamedDefinition Old, NamedDefinition New, IReadOnlyList<DefinitionChange> Changes)> compared, DefinitionPairs pairs)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                var all = new List<DefinitionChange>();
                compared.ForEach(c => all.AddRange(c.Changes));
                writer.WriteStartObject();
                writer.WriteBoolean("changed", all.Count > 0 || pairs.Added.Count > 0 || pairs.Removed.Count > 0);
                WriteKinds(writer, all);
                writer.WriteStartArray("definitions");
                foreach ((NamedDefinition old, NamedDefinition now, IReadOnlyList<DefinitionChange> changes) in compared)
                {
                    writer.WriteStartObject();
                    writer.WriteString("old", old.Label);
                    writer.WriteString("new", now.Label);
                    writer.WriteBoolean("changed", changes.Count > 0);
                    WriteKinds(writer, changes);
                    WriteChanges(writer, changes);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                WriteLabels(writer, "removed", pairs.Removed);
                WriteLabels(writer, "added", pairs.Added);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static string Family(NamedDefinition definition) =>
            definition.Family is null || definition.Family == definition.Label ? string.Empty : " (family " + definition.Family + ")";

        private static void WriteLabels(Utf8JsonWriter writer, string name, List<NamedDefinition> definitions)
        {
            writer.WriteStartArray(name);
            foreach (NamedDefinition definition in definitions)
            {
                writer.WriteStringValue(definition.Label);
            }

            writer.WriteEndArray();
        }

        private static void WriteKinds(Utf8JsonWriter writer, IReadOnlyList<DefinitionChange> changes)
        {
            writer.WriteStartArray("kinds");
            foreach (ChangeKind kind in TaskDefinitionDiff.Kinds(changes))
            {
                writer.WriteStringValue(Name(kind));
            }

            writer.WriteEndArray();
        }

        private static void WriteChanges(Utf8JsonWriter writer, IReadOnlyList<DefinitionChange> changes)
        {
            writer.WriteStartArray("changes");
            foreach (DefinitionChange change in Ordered(changes))
            {
                writer.WriteStartObject();
                if (change.Container != null)
                {
                    writer.WriteString("container", change.Container);
                }

                writer.WriteString("path", change.Path);
                writer.WriteString("kind", Name(change.Kind));
                WriteValue(writer, "old", change.OldValue);
                WriteValue(writer, "new", change.NewValue);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        public static string Json(IReadOnlyList<DefinitionChange> changes)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteBoolean("changed", changes.Count > 0);
                WriteKinds(writer, changes);
                WriteChanges(writer, changes);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void WriteValue(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(value);
            }
        }

        private static string Kinds(IReadOnlyList<DefinitionChange> changes)
        {
            IReadOnlyList<ChangeKind> kinds = TaskDefinitionDiff.Kinds(changes);
            return kinds.Count == 1 && kinds[0] == ChangeKind.Image ? "image only" : string.Join(", ", ConvertAll(kinds));
        }

        private static List<string> ConvertAll(IReadOnlyList<ChangeKind> kinds)
        {
            var names = new List<string>();
            foreach (ChangeKind kind in kinds)
            {
                names.Add(Name(kind));
            }

            return names;
        }

        private static string Name(ChangeKind kind) => kind.ToString().ToLowerInvariant();

        private static List<DefinitionChange> Ordered(IReadOnlyList<DefinitionChange> changes)
        {
            var ordered = new List<DefinitionChange>(changes);
            ordered.Sort((a, b) =>
            {
                int group = (a.Container is null ? 0 : 1).CompareTo(b.Container is null ? 0 : 1);
                group = group != 0 ? group : string.CompareOrdinal(a.Container, b.Container);
                return group != 0 ? group : string.CompareOrdinal(a.Path, b.Path);
            });
            return ordered;
        }
    }
}
