using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>TDK3007: Docker volumes are not supported on Fargate; on Windows their driver must be <c>local</c>.</summary>
    /// <remarks>ECS API model, <c>Volume.dockerVolumeConfiguration</c>: "Docker volumes aren't supported by tasks run on
    /// Fargate"; "Windows containers only support the use of the local driver".</remarks>
    [Rule("TDK3007", "DockerVolumePlatform", RuleSeverity.Error, "Docker volume not supported here")]
    [BuilderInputs("/requiresCompatibilities", "/runtimePlatform", "/volumes")]
    internal sealed class Tdk3007DockerVolumePlatform : TaskDefinitionRule
    {
        public override string Id => RuleIds.DockerVolumePlatform;

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

                if (context.IsFargate)
                {
                    context.Report(
                        Id,
                        Base(i),
                        Tdk3Text.Volume(volume, i) + " is a Docker volume, which Fargate does not support: use a bind mount (a volume with only a name) for task storage or an EFS volume for shared data.");
                }

                if (context.IsWindows && docker.Driver != null && !string.Equals(docker.Driver, "local", StringComparison.Ordinal))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "driver"),
                        Tdk3Text.Volume(volume, i) + " uses Docker volume driver '" + docker.Driver + "', but Windows containers support only the 'local' driver: set driver to \"local\" or use a host bind mount.");
                }
            }
        }

        private static string Base(int i) =>
            JsonPointer.Member(JsonPointer.Volume(i), "dockerVolumeConfiguration");
    }
}
