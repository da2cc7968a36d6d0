using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace TaskDefKit.Testing
{
    /// <summary>
    /// Runs AWS's offline checker <c>shared/oracles/ecs-validate</c> (botocore's client-side parameter validation
    /// against the ECS API model). The script installs what it needs on first use.
    /// </summary>
    public static class EcsValidateOracle
    {
        public sealed class Verdict
        {
            public Verdict(int exitCode, string output)
            {
                ExitCode = exitCode;
                Output = output;
            }

            /// <summary>0: every file OK; 1: a file is invalid; 2: usage or install error.</summary>
            public int ExitCode { get; }

            public string Output { get; }

            public bool AllValid => ExitCode == 0;
        }

        /// <summary>
        /// Validates JSON texts (written to a temporary folder); <paramref name="placement"/> for placement JSON,
        /// <paramref name="operation"/> (e.g. CreateService, RunTask, CreateCluster) for a whole operation input, of
        /// <paramref name="service"/> (events, scheduler, application-autoscaling, ecr; ECS when null).
        /// </summary>
        public static Verdict ValidateTexts(IReadOnlyDictionary<string, string> filesByName, bool placement = false, bool strict = false, string? operation = null, string? service = null)
        {
            string folder = Path.Combine(Path.GetTempPath(), "taskdefkit-oracle-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var paths = new List<string>();
                foreach (KeyValuePair<string, string> file in filesByName)
                {
                    string path = Path.Combine(folder, file.Key);
                    File.WriteAllText(path, file.Value, new UTF8Encoding(false));
                    paths.Add(path);
                }

                return ValidateFiles(paths, placement, strict, operation, service);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>Validates files in one run of the oracle.</summary>
        public static Verdict ValidateFiles(IReadOnlyList<string> paths, bool placement = false, bool strict = false, string? operation = null, string? service = null)
        {
            var start = new ProcessStartInfo(Path.Combine(RepoPaths.Oracles, "ecs-validate"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (placement)
            {
                start.ArgumentList.Add("--placement");
            }

            if (service != null)
            {
                start.ArgumentList.Add("--service");
                start.ArgumentList.Add(service);
            }

            if (operation != null)
            {
                start.ArgumentList.Add("--operation");
                start.ArgumentList.Add(operation);
            }

            if (strict)
            {
                start.ArgumentList.Add("--strict");
            }

            foreach (string path in paths)
            {
                start.ArgumentList.Add(path);
            }

            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start ecs-validate");
            // Read both streams concurrently so neither pipe can fill up and stall the oracle.
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(600_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("ecs-validate did not finish in 10 minutes");
            }

            string output = stdout + stderr.GetAwaiter().GetResult();
            if (process.ExitCode == 2)
            {
                throw new InvalidOperationException("ecs-validate could not run (exit 2): " + output);
            }

            return new Verdict(process.ExitCode, output);
        }
    }
}
