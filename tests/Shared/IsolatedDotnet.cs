using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace TaskDefKit.Testing
{
    /// <summary>
    /// Runs a child <c>dotnet build|pack|publish</c> whose every project, including the repository's <c>src/</c>
    /// projects it references, builds under <c>--artifacts-path</c> in a folder the test owns. The solution build that
    /// runs the tests compiles <c>src/</c> at the same time; a child that restored or wrote into <c>src/*/obj</c> or
    /// <c>bin</c> would race it (a re-restored <c>project.assets.json</c> pointing at a deleted folder broke clean clones).
    /// </summary>
    public static class IsolatedDotnet
    {
        /// <summary>
        /// Runs <c>dotnet <paramref name="arguments"/> --artifacts-path <paramref name="artifacts"/></c> in
        /// <paramref name="directory"/> (without <c>--artifacts-path</c> when it is null: commands that build
        /// nothing, such as <c>dotnet tool install</c>). <paramref name="packages"/>, when given, is the child's
        /// NUGET_PACKAGES (for consumers of a throwaway package version, so the machine's cache never holds it).
        /// </summary>
        public static (int ExitCode, string Output) Run(string directory, string? artifacts, IEnumerable<string> arguments, string? packages = null, int timeoutMilliseconds = 600_000) =>
            RunProgram("dotnet", directory, artifacts, arguments, packages, timeoutMilliseconds);

        /// <summary>Runs any program (for example an installed tool) the same way, with the same environment.</summary>
        public static (int ExitCode, string Output) RunProgram(string program, string directory, string? artifacts, IEnumerable<string> arguments, string? packages = null, int timeoutMilliseconds = 600_000)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            if (artifacts != null)
            {
                start.ArgumentList.Add("--artifacts-path");
                start.ArgumentList.Add(artifacts);
            }
            if (packages != null)
            {
                start.Environment["NUGET_PACKAGES"] = packages;
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            // A reused MSBuild node would outlive the test and could be shared with the solution build.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            System.Threading.Tasks.Task<string> output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeoutMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(program + " " + string.Join(" ", start.ArgumentList) + " did not finish");
            }

            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }

        /// <summary>A new empty folder under the system temp path (the caller deletes it).</summary>
        public static string NewTempFolder(string prefix)
        {
            string path = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
