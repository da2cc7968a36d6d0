using System;
using System.Diagnostics;
using System.IO;

namespace TaskDefKit.Cli.Tests.Infrastructure
{
    /// <summary>Runs the built <c>taskdef</c> as a separate process (<c>dotnet taskdef.dll</c>).</summary>
    public static class Executable
    {
        public static string ToolPath => typeof(CliApp).Assembly.Location;

        public static CliResult Run(string workingDirectory, string[] args, bool dropRootPermissions = false, string? stdin = null)
        {
            var start = new ProcessStartInfo
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = stdin != null,
                UseShellExecute = false,
            };
            if (dropRootPermissions && Environment.UserName == "root")
            {
                // Root ignores file modes through CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH; drop both for the child.
                start.FileName = "setpriv";
                foreach (string arg in new[] { "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search", "dotnet" })
                {
                    start.ArgumentList.Add(arg);
                }
            }
            else
            {
                start.FileName = "dotnet";
            }

            start.ArgumentList.Add(ToolPath);
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["NO_COLOR"] = "1";
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start taskdef");
            if (stdin != null)
            {
                process.StandardInput.Write(stdin);
                process.StandardInput.Close();
            }

            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("taskdef did not finish in 2 minutes");
            }

            return new CliResult(process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
        }
    }
}
