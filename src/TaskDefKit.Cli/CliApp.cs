using System;
using System.CommandLine;
using System.Threading.Tasks;
using TaskDefKit.Cli.Commands;

namespace TaskDefKit.Cli
{
    /// <summary>Builds the command tree and runs one command line; the single entry point for Program and the tests.</summary>
    internal static class CliApp
    {
        public static RootCommand CreateRootCommand(CliConsole console)
        {
            var root = new RootCommand("taskdef: validate, emit and render Amazon ECS task definitions.");
            root.Subcommands.Add(ValidateCommand.Create(console));
            root.Subcommands.Add(EmitCommand.Create(console));
            root.Subcommands.Add(RenderCommand.Create(console));
            root.Subcommands.Add(RulesCommand.Create(console));
            root.Subcommands.Add(ExplainCommand.Create(console));
            root.Subcommands.Add(DiffCommand.Create(console));
            return root;
        }

        public static async Task<int> RunAsync(string[] args, CliConsole console)
        {
            try
            {
                ParseResult parse = CreateRootCommand(console).Parse(args);
                if (parse.Errors.Count > 0)
                {
                    // System.CommandLine would exit 1 here; 1 means "errors found" to CI, so usage errors are 2.
                    foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
                    {
                        console.Error.WriteLine("taskdef: " + error.Message);
                    }

                    console.Error.WriteLine("Run 'taskdef --help' for usage.");
                    return ExitCodes.UsageOrUnreadable;
                }

                var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
                return await parse.InvokeAsync(invocation).ConfigureAwait(false);
            }
            catch (UsageException exception)
            {
                console.Error.WriteLine("taskdef: " + exception.Message);
                return ExitCodes.UsageOrUnreadable;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Never a stack trace: one line that names the failure, and the exit code for "could not run".
                console.Error.WriteLine("taskdef: internal error: " + exception.GetType().Name + ": " + exception.Message);
                return ExitCodes.UsageOrUnreadable;
            }
            finally
            {
                console.Out.Flush();
                console.Error.Flush();
            }
        }
    }
}
