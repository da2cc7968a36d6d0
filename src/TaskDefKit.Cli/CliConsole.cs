using System;
using System.IO;

namespace TaskDefKit.Cli
{
    /// <summary>
    /// Where a command reads and writes. The process uses the real console; tests pass string writers and a fake
    /// stdin, so they run exactly the code the executable runs.
    /// </summary>
    internal sealed class CliConsole
    {
        public CliConsole(TextWriter output, TextWriter error, Func<Stream> openStandardInput, bool colorOutput, string workingDirectory)
        {
            // Guarded: a full disk or closed pipe on either stream is one clear line and exit 2, never an abort.
            Out = new FileSystem.GuardedWriter(output, "to standard output");
            Error = new FileSystem.GuardedWriter(error, "to standard error");
            OpenStandardInput = openStandardInput;
            ColorOutput = colorOutput;
            WorkingDirectory = workingDirectory;
        }

        public TextWriter Out { get; }

        public TextWriter Error { get; }

        public Func<Stream> OpenStandardInput { get; }

        /// <summary>True only on a terminal and when NO_COLOR is unset (https://no-color.org).</summary>
        public bool ColorOutput { get; }

        /// <summary>Relative paths in output (and SARIF artifact URIs) are relative to this folder.</summary>
        public string WorkingDirectory { get; }

        public static CliConsole FromProcess()
        {
            bool color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            // A buffered writer: 10,000 files of findings must not cost a flush per line.
            var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 64 * 1024) { AutoFlush = false, NewLine = "\n" };
            var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
            return new CliConsole(output, error, Console.OpenStandardInput, color, Directory.GetCurrentDirectory());
        }
    }
}
