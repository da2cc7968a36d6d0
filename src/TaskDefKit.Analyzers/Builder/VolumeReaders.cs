using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// The configuring lambdas of <c>DockerVolume</c>, <c>EfsVolume</c> and <c>S3FilesVolume</c>: each call with constant
    /// arguments sets what the runtime volume builder would set; a call or argument it cannot read makes the volume's
    /// configuration (and only it) unknown.
    /// </summary>
    internal static class VolumeReaders
    {
        public static void Docker(DockerVolumeConfiguration docker, string pointer, IInvocationOperation call, IArgumentOperation? configure, ChainState state)
        {
            state.Set(pointer, ChainReading.NameLocation(call));
            if (!ChainReading.TryReadConfigure(configure, state, pointer, out List<IInvocationOperation>? calls))
            {
                return;
            }

            foreach (IInvocationOperation step in calls!)
            {
                IArgumentOperation? first = ChainReading.Argument(step, 0);
                IArgumentOperation? second = ChainReading.Argument(step, 1);
                switch (step.TargetMethod.Name)
                {
                    case "TaskScoped":
                        docker.Scope = DockerVolumeScope.Task;
                        docker.Autoprovision = null;
                        state.Set(pointer + "/scope", ChainReading.NameLocation(step));
                        break;
                    case "Shared" when ConstantValues.TryGetBool(first?.Value, out bool autoprovision):
                        docker.Scope = DockerVolumeScope.Shared;
                        docker.Autoprovision = autoprovision ? true : (bool?)null;
                        state.Set(pointer + "/scope", ChainReading.NameLocation(step));
                        state.Set(pointer + "/autoprovision", ChainReading.ArgumentLocation(step, first));
                        break;
                    case "Driver" when ConstantValues.TryGetString(first?.Value, out string? driver):
                        docker.Driver = driver;
                        state.Set(pointer + "/driver", ChainReading.ArgumentLocation(step, first));
                        break;
                    case "DriverOption" when ConstantValues.TryGetString(first?.Value, out string? name) && name != null &&
                                             ConstantValues.TryGetString(second?.Value, out string? value):
                        (docker.DriverOpts ??= new Dictionary<string, string>())[name] = value ?? string.Empty;
                        state.Set(JsonPointer.Member(pointer + "/driverOpts", name), ChainReading.ArgumentLocation(step, second));
                        break;
                    case "Label" when ConstantValues.TryGetString(first?.Value, out string? name) && name != null &&
                                      ConstantValues.TryGetString(second?.Value, out string? value):
                        (docker.Labels ??= new Dictionary<string, string>())[name] = value ?? string.Empty;
                        state.Set(JsonPointer.Member(pointer + "/labels", name), ChainReading.ArgumentLocation(step, second));
                        break;
                    default:
                        state.MarkUnknown(pointer);
                        return;
                }
            }
        }

        public static void Efs(EfsVolumeConfiguration efs, string pointer, IInvocationOperation call, IArgumentOperation? fileSystemId, IArgumentOperation? configure, ChainState state)
        {
            state.Set(pointer, ChainReading.NameLocation(call));
            if (ReadString(call, fileSystemId, pointer + "/fileSystemId", state, out string? id))
            {
                efs.FileSystemId = id;
            }

            if (!ChainReading.TryReadConfigure(configure, state, pointer, out List<IInvocationOperation>? calls))
            {
                return;
            }

            foreach (IInvocationOperation step in calls!)
            {
                IArgumentOperation? first = ChainReading.Argument(step, 0);
                switch (step.TargetMethod.Name)
                {
                    case "RootDirectory" when ConstantValues.TryGetString(first?.Value, out string? root):
                        efs.RootDirectory = root;
                        state.Set(pointer + "/rootDirectory", ChainReading.ArgumentLocation(step, first));
                        break;
                    case "TransitEncryption":
                        efs.TransitEncryption = EfsTransitEncryption.Enabled;
                        state.Set(pointer + "/transitEncryption", ChainReading.NameLocation(step));
                        if (ChainReading.IsAbsent(first))
                        {
                            efs.TransitEncryptionPort = null;
                        }
                        else if (ConstantValues.TryGetNullableInt(first!.Value, out int port))
                        {
                            efs.TransitEncryptionPort = port;
                            state.Set(pointer + "/transitEncryptionPort", ChainReading.ArgumentLocation(step, first));
                        }
                        else
                        {
                            efs.TransitEncryptionPort = null;
                            state.MarkUnknown(pointer + "/transitEncryptionPort");
                        }

                        break;
                    case "AccessPoint" when ConstantValues.TryGetString(first?.Value, out string? accessPoint):
                        efs.TransitEncryption = EfsTransitEncryption.Enabled;
                        (efs.AuthorizationConfig ??= new EfsAuthorizationConfig()).AccessPointId = accessPoint;
                        SetIfAbsent(state, pointer + "/transitEncryption", ChainReading.NameLocation(step));
                        SetIfAbsent(state, pointer + "/authorizationConfig", ChainReading.NameLocation(step));
                        state.Set(pointer + "/authorizationConfig/accessPointId", ChainReading.ArgumentLocation(step, first));
                        break;
                    case "IamAuthorization":
                        efs.TransitEncryption = EfsTransitEncryption.Enabled;
                        (efs.AuthorizationConfig ??= new EfsAuthorizationConfig()).Iam = EfsIamAuthorization.Enabled;
                        SetIfAbsent(state, pointer + "/transitEncryption", ChainReading.NameLocation(step));
                        SetIfAbsent(state, pointer + "/authorizationConfig", ChainReading.NameLocation(step));
                        state.Set(pointer + "/authorizationConfig/iam", ChainReading.NameLocation(step));
                        break;
                    default:
                        state.MarkUnknown(pointer);
                        return;
                }
            }
        }

        public static void S3Files(S3FilesVolumeConfiguration s3, string pointer, IInvocationOperation call, IArgumentOperation? fileSystemArn, IArgumentOperation? configure, ChainState state)
        {
            state.Set(pointer, ChainReading.NameLocation(call));
            if (ReadString(call, fileSystemArn, pointer + "/fileSystemArn", state, out string? arn))
            {
                s3.FileSystemArn = arn;
            }

            if (!ChainReading.TryReadConfigure(configure, state, pointer, out List<IInvocationOperation>? calls))
            {
                return;
            }

            foreach (IInvocationOperation step in calls!)
            {
                IArgumentOperation? first = ChainReading.Argument(step, 0);
                switch (step.TargetMethod.Name)
                {
                    case "RootDirectory" when ConstantValues.TryGetString(first?.Value, out string? root):
                        s3.RootDirectory = root;
                        state.Set(pointer + "/rootDirectory", ChainReading.ArgumentLocation(step, first));
                        break;
                    case "AccessPoint" when ConstantValues.TryGetString(first?.Value, out string? accessPoint):
                        s3.AccessPointArn = accessPoint;
                        state.Set(pointer + "/accessPointArn", ChainReading.ArgumentLocation(step, first));
                        break;
                    case "TransitEncryptionPort" when ConstantValues.TryGetInt(first?.Value, out int port):
                        s3.TransitEncryptionPort = port;
                        state.Set(pointer + "/transitEncryptionPort", ChainReading.ArgumentLocation(step, first));
                        break;
                    default:
                        state.MarkUnknown(pointer);
                        return;
                }
            }
        }

        private static void SetIfAbsent(ChainState state, string pointer, Location location)
        {
            if (!state.TryGetLocation(pointer, out _))
            {
                state.Set(pointer, location);
            }
        }

        /// <summary>Reads a constant string argument that sets <paramref name="pointer"/>; otherwise marks it unknown.</summary>
        private static bool ReadString(IInvocationOperation call, IArgumentOperation? argument, string pointer, ChainState state, out string? value)
        {
            if (ConstantValues.TryGetString(argument?.Value, out value))
            {
                state.Set(pointer, ChainReading.ArgumentLocation(call, argument));
                return true;
            }

            state.MarkUnknown(pointer);
            return false;
        }
    }
}
