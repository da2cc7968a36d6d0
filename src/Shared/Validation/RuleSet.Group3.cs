using System.Collections.Generic;

namespace TaskDefKit.Validation
{
    public static partial class RuleSet
    {
        static partial void AddGroup3(List<TaskDefinitionRule> rules)
        {
            rules.Add(new Rules.Tdk3.Tdk3001VolumeName());
            rules.Add(new Rules.Tdk3.Tdk3002DuplicateVolumeName());
            rules.Add(new Rules.Tdk3.Tdk3003VolumeKind());
            rules.Add(new Rules.Tdk3.Tdk3004UnknownSourceVolume());
            rules.Add(new Rules.Tdk3.Tdk3005MountPointFields());
            rules.Add(new Rules.Tdk3.Tdk3006FargateHostSourcePath());
            rules.Add(new Rules.Tdk3.Tdk3007DockerVolumePlatform());
            rules.Add(new Rules.Tdk3.Tdk3008DockerVolumeScope());
            rules.Add(new Rules.Tdk3.Tdk3009EfsVolumeConfiguration());
            rules.Add(new Rules.Tdk3.Tdk3010EfsIamRequiresTransitEncryption());
            rules.Add(new Rules.Tdk3.Tdk3011EfsAccessPoint());
            rules.Add(new Rules.Tdk3.Tdk3012EfsTransitEncryptionPort());
            rules.Add(new Rules.Tdk3.Tdk3013EfsPlatform());
            rules.Add(new Rules.Tdk3.Tdk3014FsxWindowsVolume());
            rules.Add(new Rules.Tdk3.Tdk3015S3FilesVolume());
            rules.Add(new Rules.Tdk3.Tdk3016EphemeralStorageSize());
            rules.Add(new Rules.Tdk3.Tdk3017EphemeralStorageNotFargate());
            rules.Add(new Rules.Tdk3.Tdk3018WindowsBindMountDrive());
        }
    }
}
