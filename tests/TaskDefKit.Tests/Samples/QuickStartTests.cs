using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Samples.QuickStart;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Samples
{
    /// <summary>The README's "run" command: the QuickStart's definitions are clean and AWS's checker accepts them.</summary>
    public class QuickStartTests
    {
        /// <summary>
        /// Warnings the samples are allowed to carry ("RuleId container-or-pointer"). Empty on purpose: if a new rule warns,
        /// change the sample — or, when the warning is right and unavoidable, list it here with a reason.
        /// </summary>
        private static readonly HashSet<string> AcceptedWarnings = new HashSet<string>();

        [Fact]
        public void Both_definitions_have_no_errors_and_no_unexpected_warnings()
        {
            foreach ((string fileName, TaskDefinitionBuilder builder) in QuickStartDefinitions.All())
            {
                TaskDefinitionBuildResult result = builder.Build();
                Assert.True(!result.HasErrors, fileName + " has errors:" + RuleAssert.Describe(result.Errors));
                List<string> unexpected = result.Warnings.Where(w => !AcceptedWarnings.Contains(w.RuleId + " " + w.Pointer)).Select(w => w.ToString()).ToList();
                Assert.True(unexpected.Count == 0, fileName + " has warnings:\n  " + string.Join("\n  ", unexpected));
            }
        }

        [Fact]
        public void The_definitions_show_what_the_readme_promises()
        {
            TaskDefinition fargate = QuickStartDefinitions.FargateService().Build().Definition;
            Assert.Equal(new[] { Compatibility.Fargate }, fargate.RequiresCompatibilities);
            Assert.Equal(EfsTransitEncryption.Enabled, fargate.Volumes!.Single(v => v.EfsVolumeConfiguration != null).EfsVolumeConfiguration!.TransitEncryption);
            ContainerDefinition web = fargate.ContainerDefinitions!.Single(c => c.Name == "web");
            Assert.NotNull(web.HealthCheck);
            Assert.NotEmpty(web.DependsOn!);
            Assert.Contains(web.Secrets!, s => s.ValueFrom!.StartsWith("arn:aws:secretsmanager:", StringComparison.Ordinal));
            Assert.Equal(LogDriver.Awslogs, web.LogConfiguration!.LogDriver);
            Assert.Equal(2, fargate.ContainerDefinitions!.Count);

            TaskDefinition ec2 = QuickStartDefinitions.Ec2Worker().Build().Definition;
            Assert.Equal(NetworkMode.Bridge, ec2.NetworkMode);
            Assert.Contains(ec2.Volumes!, v => v.Host?.SourcePath != null);
            Assert.Contains(ec2.ContainerDefinitions!.SelectMany(c => c.PortMappings!), p => p.HostPort == 0);
            Assert.Equal(TaskDefinitionPlacementConstraintType.MemberOf, ec2.PlacementConstraints!.Single().Type);
        }

        [Fact]
        public void The_sample_registers_its_definitions_for_taskdef_emit()
        {
            var attribute = (Registration.TaskDefinitionSourceAttribute)Attribute.GetCustomAttribute(
                typeof(QuickStartSource).Assembly, typeof(Registration.TaskDefinitionSourceAttribute))!;
            Assert.Equal(typeof(QuickStartSource), attribute.SourceType);
            Assert.Equal(new[] { "shop-web", "shop-worker" }, new QuickStartSource().GetTaskDefinitions().Select(d => d.Family));
        }

        [Fact]
        public void The_sample_writes_both_files_and_they_pass_ecs_validate()
        {
            string folder = Path.Combine(Path.GetTempPath(), "taskdefkit-quickstart-" + Guid.NewGuid().ToString("N"));
            try
            {
                int exitCode = Program.Main(new[] { folder });

                Assert.Equal(0, exitCode);
                string[] written = Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
                Assert.Equal(
                    QuickStartDefinitions.All().Select(d => d.FileName).OrderBy(f => f, StringComparer.Ordinal),
                    written.Select(Path.GetFileName));
                foreach (string file in written)
                {
                    TaskDefinitionDocument document = TaskDefinitionDocument.Load(file);
                    Assert.Empty(document.ReadDiagnostics);
                    Assert.DoesNotContain(document.Validate(), d => d.Severity == RuleSeverity.Error);
                }

                EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateFiles(written, strict: true);
                Assert.True(verdict.AllValid, verdict.Output);
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }
}
