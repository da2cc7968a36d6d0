using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3008: <c>dockerVolumeConfiguration.scope</c> is <c>task</c> or <c>shared</c>; <c>autoprovision: true</c> requires
    /// <c>scope: shared</c>.
    /// </summary>
    /// <remarks>ECS API model, <c>Scope</c> (task, shared) and <c>DockerVolumeConfiguration.autoprovision</c>: "This field is
    /// only used if the scope is shared"; the 2023 developer guide: "If the scope is task, autoprovision must either be
    /// omitted or set to false". An omitted scope counts as <c>task</c>, the ECS default.</remarks>
    [Rule("TDK3008", "DockerVolumeScope", RuleSeverity.Error, "Invalid Docker volume scope or autoprovision")]
    [BuilderInputs("/volumes")]
    internal sealed class Tdk3008DockerVolumeScope : TaskDefinitionRule
    {
        public override string Id => RuleIds.DockerVolumeScope;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                DockerVolumeConfiguration? docker = volume.DockerVolumeConfiguration;
                if (docker is null)
                {
                    continue;
                }

                if (docker.Scope.HasValue && !docker.Scope.Value.IsKnown)
                {
                    string value = docker.Scope.Value.Value;
                    string lower = value.ToLowerInvariant();
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "scope"),
                        Tdk3Text.Volume(volume, i) + " has Docker volume scope '" + value + "': use \"task\" or \"shared\""
                        + (lower == "task" || lower == "shared" ? " (lowercase)." : "."));
                    continue;
                }

                if (docker.Autoprovision == true && docker.Scope != DockerVolumeScope.Shared)
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "autoprovision"),
                        Tdk3Text.Volume(volume, i) + " sets autoprovision true with " + (docker.Scope.HasValue ? "scope \"task\"" : "no scope (the default is \"task\")")
                        + ", but autoprovision only applies to shared volumes: set scope to \"shared\" or remove autoprovision.");
                }
            }
        }

        private static string Base(int i) =>
            JsonPointer.Member(JsonPointer.Volume(i), "dockerVolumeConfiguration");
    }
}
