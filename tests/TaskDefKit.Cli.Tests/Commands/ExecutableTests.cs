using System.IO;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>A few runs of the real built tool as its own process: exit codes and streams as CI sees them.</summary>
    public class ExecutableTests
    {
        [Fact]
        public void Exit_codes_from_the_real_process()
        {
            Assert.Equal(0, Executable.Run(CliRun.Fixtures, new[] { "validate", "valid.json" }).ExitCode);
            CliResult errors = Executable.Run(CliRun.Fixtures, new[] { "validate", "invalid.json" });
            Assert.Equal(1, errors.ExitCode);
            Assert.StartsWith("invalid.json:3:18: error TDK1008", errors.Stdout); // the first finding by line
            Assert.Equal(2, Executable.Run(CliRun.Fixtures, new[] { "validate", "nowhere.json" }).ExitCode);
            Assert.Equal(2, Executable.Run(CliRun.Fixtures, new[] { "validate", "--format" }).ExitCode);
        }

        [Fact]
        public void Standard_input_and_sarif_from_the_real_process()
        {
            CliResult result = Executable.Run(CliRun.Fixtures, new[] { "validate", "-f", "sarif", "-" }, stdin: File.ReadAllText(Path.Combine(CliRun.Fixtures, "invalid.json")));
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("\"version\":\"2.1.0\"", result.Stdout);
        }
    }
}
