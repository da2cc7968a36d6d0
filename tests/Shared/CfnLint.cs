using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace TaskDefKit.Testing
{
    /// <summary>
    /// Runs AWS's CloudFormation linter (<c>cfn-lint</c> 1.x on PATH, else the Python <c>cfnlint</c> module that
    /// <c>shared/oracles/ecs-cfnlint-py</c> uses) on templates. Tests that need it use <see cref="CfnLintFactAttribute"/>,
    /// which skips them with a clear message where neither is installed.
    /// </summary>
    public static class CfnLint
    {
        private static readonly Lazy<string[]?> s_command = new Lazy<string[]?>(FindCommand);

        /// <summary>Null when cfn-lint can run here; else why not.</summary>
        public static string? Unavailable => s_command.Value is null
            ? "cfn-lint is not installed: neither the cfn-lint command nor python3's cfnlint module was found (pip install cfn-lint==1.51.0)"
            : null;

        /// <summary>Lints templates (name → text) in one run; the exit code is 0 when there is no finding at all.</summary>
        public static (int ExitCode, string Output) Lint(IReadOnlyDictionary<string, string> templates)
        {
            string[] command = s_command.Value ?? throw new InvalidOperationException(Unavailable);
            string folder = Path.Combine(Path.GetTempPath(), "taskdefkit-cfnlint-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                for (int i = 1; i < command.Length; i++)
                {
                    start.ArgumentList.Add(command[i]);
                }

                foreach (KeyValuePair<string, string> template in templates)
                {
                    string path = Path.Combine(folder, template.Key);
                    File.WriteAllText(path, template.Value, new UTF8Encoding(false));
                    start.ArgumentList.Add(path);
                }

                using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start cfn-lint");
                var stderr = process.StandardError.ReadToEndAsync();
                string stdout = process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(600_000))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("cfn-lint did not finish in 10 minutes");
                }

                return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static string[]? FindCommand()
        {
            foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                if (directory.Length > 0 && File.Exists(Path.Combine(directory, "cfn-lint")))
                {
                    return new[] { Path.Combine(directory, "cfn-lint") };
                }
            }

            try
            {
                var probe = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                probe.ArgumentList.Add("-c");
                probe.ArgumentList.Add("import cfnlint");
                using Process? process = Process.Start(probe);
                if (process != null && process.WaitForExit(60_000) && process.ExitCode == 0)
                {
                    return new[] { "python3", "-m", "cfnlint" };
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // No python3 either.
            }

            return null;
        }
    }

    /// <summary>A fact that needs cfn-lint: skipped, saying what is missing, where it is not installed.</summary>
    public sealed class CfnLintFactAttribute : FactAttribute
    {
        public CfnLintFactAttribute()
        {
            if (CfnLint.Unavailable is string why)
            {
                Skip = why;
            }
        }
    }
}
