using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace TaskDefKit.Cli.Tests.Infrastructure
{
    /// <summary>The result of one command line: exit code and both streams.</summary>
    public sealed class CliResult
    {
        public CliResult(int exitCode, string stdout, string stderr)
        {
            ExitCode = exitCode;
            Stdout = stdout;
            Stderr = stderr;
        }

        public int ExitCode { get; }

        public string Stdout { get; }

        public string Stderr { get; }

        public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Stdout + "\n--- stderr\n" + Stderr;
    }

    /// <summary>Runs <c>taskdef</c> in-process through <see cref="CliApp.RunAsync"/>, the entry point Program uses.</summary>
    public static class CliRun
    {
        public static CliResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, (byte[]?)null, args);

        public static CliResult RunWithInput(string workingDirectory, byte[]? stdin, params string[] args)
        {
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            var console = new CliConsole(stdout, stderr, () => new MemoryStream(stdin ?? Array.Empty<byte>()), colorOutput: false, workingDirectory);
            int exit = Task.Run(() => CliApp.RunAsync(args, console)).GetAwaiter().GetResult();
            return new CliResult(exit, stdout.ToString(), stderr.ToString());
        }

        public static CliResult RunWithInput(string workingDirectory, string stdin, params string[] args) =>
            RunWithInput(workingDirectory, Encoding.UTF8.GetBytes(stdin), args);

        /// <summary>The folder of the copied fixtures.</summary>
        public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");
    }
}
