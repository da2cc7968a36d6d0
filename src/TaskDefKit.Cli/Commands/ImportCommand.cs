using System.Collections.Generic;
using System.CommandLine;
using TaskDefKit.Cli.Import;
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
            var command = new Command("import", "Print C# builder code for the task definitions of a file.")
            {
                file, ns,
            };
            command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(ns)!, console));
            return command;
        }

        private static int Run(string path, string ns, CliConsole console)
        {
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
            console.Out.Write(ImportedFile.Builder(definitions, source, ns));
            return definitions.Count == found.Count ? ExitCodes.Success : ExitCodes.ErrorsFound;
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
