using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>samples/Pipeline/pipeline.sh end to end; its emitted files must pass AWS's offline validator.</summary>
    public class PipelineSampleTests
    {
        [Fact]
        public async Task Script_builds_emits_validates_and_prints_register_commands()
        {
            using var temp = new TempFolder();
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "samples", "Pipeline", "pipeline.sh"));
            start.ArgumentList.Add(temp.Path);
            // The tool under test, rather than a second Release build of it.
            start.Environment["TASKDEF"] = "dotnet " + Executable.ToolPath;
            using Process process = Process.Start(start)!;
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            string stdout = await process.StandardOutput.ReadToEndAsync();
            Assert.True(process.WaitForExit(600_000), "pipeline.sh did not finish");
            Assert.True(process.ExitCode == 0, stdout + await stderr);

            string web = Path.Combine(temp.Path, "taskdefs", "pipeline-web.json");
            string worker = Path.Combine(temp.Path, "taskdefs", "pipeline-worker.json");
            Assert.Contains("aws ecs register-task-definition --cli-input-json file://" + web, stdout);
            Assert.Contains("aws ecs register-task-definition --cli-input-json file://" + worker, stdout);

            using (JsonDocument sarif = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(temp.Path, "taskdefs.sarif"))))
            {
                Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            }

            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateFiles(Directory.GetFiles(Path.Combine(temp.Path, "taskdefs"), "*.json"), strict: true);
            Assert.True(verdict.AllValid, verdict.Output);
        }
    }
}
