using System.Collections.Generic;
using System.CommandLine;
using TaskDefKit.Cli.Import;
using TaskDefKit.Cli.Import.Attributed;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Output;
using TaskDefKit.Model;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef import FILE</c>: C# builder code for the task definitions a file holds (any form taskdef reads). The
    /// code compiles against TaskDefKit and gives back the same definition (the tests check this for the whole
    /// real-world corpus).
    /// </summary>
    internal static class ImportCommand
    {
        public static Command Create(CliConsole console)
        {
            var file = new Argument<string>("file") { Description = "The definition to import (register input, describe output, CloudFormation, Terraform …), or - for stdin." };
            var ns = new Option<string>("--namespace") { Description = "The namespace of the generated classes.", DefaultValueFactory = _ => "Imported" };
            var style = new Option<string>("--style")
            {
                Description = "builder (TaskDefinitionBuilder code, the default) or attributes (an attributed partial class for the source generator).",
                DefaultValueFactory = _ => "builder",
            };
            style.AcceptOnlyFromAmong("builder", "attributes");
            var strict = new Option<bool>("--strict")
            {
                Description = "With --style attributes: exit 1 when a member of the input cannot be written as attributes (the code is printed all the same).",
            };
            var command = new Command("import", "Print C# builder code (or with --style attributes an attributed class) for the task definitions of a file.")
            {
                file, ns, style, strict,
            };
            command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(ns)!, parse.GetValue(style) == "attributes", parse.GetValue(strict), console));
            return command;
        }

        private static int Run(string path, string ns, bool attributes, bool strict, CliConsole console)
        {
            if (strict && !attributes)
            {
                throw new UsageException("--strict applies to --style attributes: builder code writes every member");
            }

            if (!IsNamespace(ns))
            {
                throw new UsageException("--namespace: '" + ns + "' is not a C# namespace name");
            }

            List<NamedDefinition>? found = DefinitionFile.Read(path, console, out string display, out string? why);
            if (found is null)
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: " + display + ": error TDK0001: " + why));
                return ExitCodes.UsageOrUnreadable;
            }

            var definitions = new List<(string, TaskDefinition)>();
            foreach (NamedDefinition named in found)
            {
                if (DefinitionFile.Model(named, out string problem) is TaskDefinition definition)
                {
                    definitions.Add((named.Label, definition));
                }
                else
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: " + display + ": error TDK0001: " + problem));
                }
            }

            if (definitions.Count == 0)
            {
                return ExitCodes.UsageOrUnreadable;
            }

            string source = path == InputItem.StandardInput ? "standard input" : System.IO.Path.GetFileName(path);
            int exitCode = definitions.Count == found.Count ? ExitCodes.Success : ExitCodes.ErrorsFound;
            if (!attributes)
            {
                console.Out.Write(ImportedFile.Builder(definitions, source, ns));
                return exitCode;
            }

            console.Out.Write(ImportedFile.AttributedClasses(definitions, source, ns, out List<(string Label, List<ImportNote> Notes)> notes));
            bool lost = false;
            foreach ((string label, List<ImportNote> list) in notes)
            {
                foreach (ImportNote note in list)
                {
                    // A member the attributes cannot write fails the run only when asked (--strict): the code is still useful.
                    lost = true;
                    console.Error.WriteLine(TerminalText.Line("taskdef: " + display + ": " + (strict ? "error" : "note") + ": " + label + " " + note.Pointer + ": not written as attributes: " + note.Why));
                }
            }

            return strict && lost ? ExitCodes.ErrorsFound : exitCode;
        }

        private static bool IsNamespace(string name)
        {
            foreach (string part in name.Split('.'))
            {
                if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_'))
                {
                    return false;
                }

                foreach (char c in part)
                {
                    if (!(char.IsLetterOrDigit(c) || c == '_'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
