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
            JsonDocument? before = Read(oldPath, console);
            JsonDocument? after = before is null ? null : Read(newPath, console);
            if (before is null || after is null)
            {
                before?.Dispose();
                return ExitCodes.UsageOrUnreadable;
            }

            using (before)
            using (after)
            {
                IReadOnlyList<DefinitionChange> changes = TaskDefinitionDiff.Compare(before.RootElement, after.RootElement);
                console.Out.Write(json ? DiffFormatter.Json(changes) : DiffFormatter.Text(changes));
                return changes.Count == 0 ? ExitCodes.Success : ExitCodes.ErrorsFound;
            }
        }

        private static JsonDocument? Read(string path, CliConsole console)
        {
            InputItem item = path == InputItem.StandardInput
                ? new InputItem(path, "<stdin>", named: true)
                : new InputItem(Path.GetFullPath(path, console.WorkingDirectory), path, named: true);
            byte[]? bytes = FileContentReader.Read(item, FileContentReader.DefaultMaxBytes, console.OpenStandardInput, out InputProblem? problem);
            string? why = problem?.Message;
            byte[]? definition = bytes is null ? null : DefinitionJsonReader.Read(bytes, item, out why);
            if (definition != null)
            {
                try
                {
                    JsonDocument document = JsonDocument.Parse(definition, new JsonDocumentOptions { MaxDepth = TaskDefKit.Json.JsonDocumentReader.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
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
            }

            console.Error.WriteLine("taskdef: " + item.DisplayPath + ": error TDK0001: " + why);
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

        public static string Json(IReadOnlyList<DefinitionChange> changes)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteBoolean("changed", changes.Count > 0);
                writer.WriteStartArray("kinds");
                foreach (ChangeKind kind in TaskDefinitionDiff.Kinds(changes))
                {
                    writer.WriteStringValue(Name(kind));
                }

                writer.WriteEndArray();
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
