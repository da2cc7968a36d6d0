using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TaskDefKit.Cli.Input;
using TaskDefKit.Diff;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>Reads a written file back through taskdef's own readers and compares it with the original by the semantic diff.</summary>
    internal static class ExportRoundTrip
    {
        public static IReadOnlyList<NamedDefinition> ReadBack(string path)
        {
            List<NamedDefinition>? definitions = DefinitionSet.Read(File.ReadAllBytes(path), new InputItem(path, path, named: true), out string? problem);
            Assert.True(definitions != null, path + ": " + problem);
            return definitions!;
        }

        /// <summary>Every definition of every corpus file taskdef can read (any form), named after the file (and its label when it holds several).</summary>
        public static IEnumerable<(string Name, TaskDefinition Definition)> CorpusDefinitions()
        {
            foreach (string file in Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json").OrderBy(f => f, System.StringComparer.Ordinal))
            {
                List<NamedDefinition>? definitions = DefinitionSet.Read(File.ReadAllBytes(file), new InputItem(file, file, named: true), out _);
                foreach (NamedDefinition named in definitions ?? new List<NamedDefinition>())
                {
                    if (TaskDefinitionDocument.Parse(named.Json).Definition is TaskDefinition definition)
                    {
                        string name = Path.GetFileNameWithoutExtension(file);
                        yield return (definitions!.Count == 1 ? name : name + "-" + named.Label, definition);
                    }
                }
            }
        }

        /// <summary>Whether the model holds members it does not know (kept from the input), anywhere.</summary>
        public static bool HasUnknownMembers(object value, ClassSchema schema)
        {
            if (value is IHasAdditionalMembers extended && extended.AdditionalMembers is { Count: > 0 })
            {
                return true;
            }

            foreach (MemberSchema member in schema.ObjectMembers)
            {
                object? child = member.Get(value);
                if (child is System.Collections.IList list)
                {
                    foreach (object? item in list)
                    {
                        if (item != null && HasUnknownMembers(item, member.ObjectSchema!))
                        {
                            return true;
                        }
                    }
                }
                else if (child != null && HasUnknownMembers(child, member.ObjectSchema!))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The changes between two definitions' JSON, one line each ("" when none).</summary>
        public static string Changes(byte[] before, byte[] after)
        {
            using JsonDocument a = JsonDocument.Parse(before);
            using JsonDocument b = JsonDocument.Parse(after);
            return string.Join("\n", TaskDefinitionDiff.Compare(a.RootElement, b.RootElement).Select(c => (c.Container ?? "task") + " " + c.Path + ": " + c.OldValue + " -> " + c.NewValue));
        }
    }
}
