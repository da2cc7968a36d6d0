using System;
using System.IO;
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
            root.Subcommands.Add(ImportCommand.Create(console));
            root.Subcommands.Add(IamCommand.Create(console));
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
                int exitCode = await parse.InvokeAsync(invocation).ConfigureAwait(false);

                // Inside the try: the last buffered output is where a full disk shows up (`taskdef rules > /dev/full`).
                console.Out.Flush();
                return exitCode;
            }
            catch (UsageException exception)
            {
                return Fail(console, "taskdef: " + exception.Message);
            }
            catch (FileSystem.OutputWriteException exception)
            {
                return Fail(console, "taskdef: " + exception.Message);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Never a stack trace: one line that names the failure, and the exit code for "could not run".
                return Fail(console, "taskdef: internal error: " + exception.GetType().Name + ": " + exception.Message);
            }
            finally
            {
                TryFlush(console.Out);
                TryFlush(console.Error);
            }
        }

        private static int Fail(CliConsole console, string line)
        {
            try
            {
                console.Error.WriteLine(Output.TerminalText.Line(line));
            }
            catch (IOException)
            {
                // stderr is gone too: the exit code is all that is left to tell.
            }

            return ExitCodes.UsageOrUnreadable;
        }

        private static void TryFlush(TextWriter writer)
        {
            try
            {
                writer.Flush();
            }
            catch (IOException)
            {
                // Already reported (or unreportable); flushing again must not turn a clean exit into an abort.
            }
        }
    }
}
