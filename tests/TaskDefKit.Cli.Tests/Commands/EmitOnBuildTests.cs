using System.IO;
using System.Text.RegularExpressions;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// TaskDefKitEmitDirectory in a real `dotnet build` (src/TaskDefKit/build/TaskDefKit.targets): a finding is the
    /// build's own error at the emitted file's line, and a missing tool is one error saying how to install it.
    /// </summary>
    public class EmitOnBuildTests
    {
        [Fact]
        public void Emit_findings_are_build_errors_and_a_missing_tool_says_how_to_install_it()
        {
            using var temp = new TempFolder();
            EmitOnBuildProject.Write(temp, family: "sample-bad", memory: "4096");
            string artifacts = Path.Combine(temp.Path, "artifacts");
            (int exitCode, string output) = IsolatedDotnet.Run(temp.Path, artifacts, new[] { "build", "-nologo", "-v", "q" });
            Assert.True(exitCode != 0, output);
            string emitted = Regex.Escape(Path.Combine(temp.Path, "taskdefs", "sample-bad.json"));
            // Canonical form, so MSBuild lists it as an error of the project (with the project in brackets).
            Assert.Matches(new Regex(emitted + @"\(\d+,\d+\): error TDK1014: .*\[" + Regex.Escape(Path.Combine(temp.Path, "Sample.csproj")) + @"\]"), output);
            Assert.DoesNotContain("MSB3073", output); // the findings are the errors, not "the command exited with code 1"

            (int missingExit, string missing) = IsolatedDotnet.Run(temp.Path, artifacts, new[] { "build", "-nologo", "-v", "q", "-p:UseDefaultCommand=true" });
            Assert.True(missingExit != 0, missing);
            Assert.Contains("error TASKDEFKIT001: TaskDefKitEmitDirectory is set, but the taskdef tool (package TaskDefKit.Cli) is not installed", missing);
            Assert.Contains("dotnet tool install --local TaskDefKit.Cli", missing);
            Assert.DoesNotContain("dotnet-taskdef does not exist", missing);
        }
    }
}
