using System.Collections.Generic;
using System.IO;
using TaskDefKit.Cli.Input.CloudFormation;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Judges a .tf file's <c>aws_ecs_service</c> and <c>aws_ecs_cluster</c> resources: a service against the task
    /// definition its <c>task_definition</c> refers to (in the same file, else in another .tf file of its folder: one
    /// Terraform module), with Terraform's defaults (<c>desired_count</c> is 0 when left out) and whether an
    /// <c>aws_appautoscaling_target</c> scales it. A task definition that is not found, or whose cross-checked members
    /// are unknown, is unknown: the cross-checks stay silent.
    /// </summary>
    internal static class TerraformServiceJudge
    {
        public static IEnumerable<RuleDiagnostic> Judge(TerraformHclContent content, string path, string displayPath, ValidationOptions options)
        {
            var findings = new List<RuleDiagnostic>();
            TerraformHclContent? module = null;
            foreach ((TerraformResource service, string? taskDefinitionName) in content.Services)
            {
                string name = service.Address.Substring(service.Address.IndexOf('.') + 1);
                TerraformResource? taskDefinitionResource = taskDefinitionName is null ? null : Find(content, taskDefinitionName);
                bool scaled = content.ScaledServices.Contains(name);
                if ((taskDefinitionName != null && taskDefinitionResource is null) || !scaled)
                {
                    module ??= SiblingFiles(path);
                    taskDefinitionResource ??= taskDefinitionName is null ? null : Find(module, taskDefinitionName);
                    scaled |= module.ScaledServices.Contains(name);
                }

                TaskDefinition? taskDefinition = taskDefinitionResource is null ? null : Known(taskDefinitionResource);
                TranslatedDocument translated = TerraformService.TranslateService(service);
                // Terraform gives desired_count a default (0): its absence is not the CreateService input's missing count.
                var surroundings = new ServiceSurroundings { DesiredCountHasDefault = true, HasScalableTarget = scaled };
                List<RuleDiagnostic>? made = Service(translated.Json, displayPath, taskDefinition, options, surroundings);
                if (made is null)
                {
                    continue;
                }

                List<RuleDiagnostic>? withPlaceholders = translated.PlaceholderJson is null ? null : Service(translated.PlaceholderJson, displayPath, taskDefinition, options, surroundings);
                findings.AddRange(Worded(translated.Place(made, withPlaceholders, displayPath)));
            }

            foreach (TerraformResource cluster in content.Clusters)
            {
                TranslatedDocument translated = TerraformService.TranslateCluster(cluster);
                List<RuleDiagnostic> made = Cluster(translated.Json, displayPath, options);
                List<RuleDiagnostic>? withPlaceholders = translated.PlaceholderJson is null ? null : Cluster(translated.PlaceholderJson, displayPath, options);
                findings.AddRange(translated.Place(made, withPlaceholders, displayPath));
            }

            return findings;
        }

        /// <summary>
        /// The API's <c>networkConfiguration.awsvpcConfiguration</c> is one block in Terraform: the message names it once.
        /// </summary>
        private static IEnumerable<RuleDiagnostic> Worded(IEnumerable<RuleDiagnostic> findings)
        {
            const string Twice = "network_configuration.network_configuration";
            foreach (RuleDiagnostic finding in findings)
            {
                yield return finding.Message.Contains(Twice, System.StringComparison.Ordinal)
                    ? new RuleDiagnostic(finding.RuleId, finding.Severity, finding.Message.Replace(Twice, "network_configuration", System.StringComparison.Ordinal), finding.Pointer, finding.Location)
                    : finding;
            }
        }

        private static List<RuleDiagnostic>? Service(byte[] json, string displayPath, TaskDefinition? taskDefinition, ValidationOptions options, ServiceSurroundings surroundings)
        {
            EcsInputDocument<ServiceDefinition> document = ServiceJson.ParseService(json, displayPath);
            if (document.Value is null)
            {
                return null;
            }

            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            findings.AddRange(ServiceValidator.Validate(document.Value, taskDefinition, options, surroundings));
            return findings;
        }

        private static List<RuleDiagnostic> Cluster(byte[] json, string displayPath, ValidationOptions options)
        {
            EcsInputDocument<ClusterDefinition> document = ServiceJson.ParseCluster(json, displayPath);
            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            if (document.Value != null)
            {
                findings.AddRange(ClusterValidator.Validate(document.Value, options));
            }

            return findings;
        }

        /// <summary>The task definition as the cross-checks read it, or null when something they read is unknown.</summary>
        private static TaskDefinition? Known(TerraformResource resource)
        {
            TranslatedDocument translated = TerraformTaskDefinition.Translate(resource, new List<(string, int, int)>());
            return ServiceResource.CrossCheckedMemberUnknown(translated) ? null : TaskDefinitionDocument.Parse(translated.Json).Definition;
        }

        private static TerraformResource? Find(TerraformHclContent content, string name)
        {
            string address = TerraformResource.TaskDefinitionType + "." + name;
            foreach (TerraformResource resource in content.Resources)
            {
                if (resource.Address == address)
                {
                    return resource;
                }
            }

            return null;
        }

        /// <summary>The other .tf files of the file's folder (one module), in name order; unreadable ones are passed over (they are judged on their own).</summary>
        private static TerraformHclContent SiblingFiles(string path)
        {
            var module = new TerraformHclContent();
            if (path == InputItem.StandardInput)
            {
                return module;
            }

            string full = Path.GetFullPath(path);
            string? folder = Path.GetDirectoryName(full);
            if (folder is null || !Directory.Exists(folder))
            {
                return module;
            }

            string[] files = Directory.GetFiles(folder, "*.tf");
            System.Array.Sort(files, System.StringComparer.Ordinal);
            foreach (string file in files)
            {
                if (string.Equals(file, full, System.StringComparison.Ordinal))
                {
                    continue;
                }

                TerraformHclContent sibling;
                try
                {
                    sibling = TerraformHclReader.Read(File.ReadAllBytes(file), file);
                }
                catch (IOException)
                {
                    continue;
                }
                catch (System.UnauthorizedAccessException)
                {
                    continue;
                }

                if (sibling.Error is null)
                {
                    module.Resources.AddRange(sibling.Resources);
                    module.ScaledServices.UnionWith(sibling.ScaledServices);
                }
            }

            return module;
        }
    }
}
