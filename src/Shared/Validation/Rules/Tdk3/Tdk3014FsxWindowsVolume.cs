using System;
using System.Text.RegularExpressions;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3014: an FSx for Windows File Server volume sets <c>fileSystemId</c>, <c>rootDirectory</c> and
    /// <c>authorizationConfig</c> with <c>credentialsParameter</c> (a Secrets Manager secret or SSM parameter ARN) and
    /// <c>domain</c>; it works for Windows tasks on EC2 only (not Fargate, not Linux, not Windows Server 2016 Full).
    /// </summary>
    /// <remarks>ECS API model, <c>FSxWindowsFileServerVolumeConfiguration</c> and
    /// <c>FSxWindowsFileServerAuthorizationConfig</c> (required members); developer guide "FSx for Windows File Server
    /// volumes" (considerations). A task that does not state its OS may run on Windows EC2 instances, so only an explicit
    /// <c>LINUX</c> platform is reported.</remarks>
    [Rule("TDK3014", "FsxWindowsVolume", RuleSeverity.Error, "Invalid FSx for Windows File Server volume")]
    internal sealed class Tdk3014FsxWindowsVolume : TaskDefinitionRule
    {
        private static readonly Regex s_credentialsArn = new Regex(
            "^arn:aws[-a-z]*:(secretsmanager|ssm):[0-9a-z-]+:[0-9]{12}:(secret:|parameter/).+$",
            RegexOptions.CultureInvariant);

        public override string Id => RuleIds.FsxWindowsVolume;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                FsxWindowsFileServerVolumeConfiguration? fsx = volume.FsxWindowsFileServerVolumeConfiguration;
                if (fsx is null)
                {
                    continue;
                }
                if (string.IsNullOrEmpty(fsx.FileSystemId))
                {
                    context.Report(Id, JsonPointer.Member(Base(i), "fileSystemId"), Tdk3Text.Volume(volume, i) + " is an FSx for Windows File Server volume without a " + MemberName.Mark("fileSystemId") + ": set it to the file system's ID, e.g. \"fs-0123456789abcdef0\".");
                }

                if (string.IsNullOrEmpty(fsx.RootDirectory))
                {
                    context.Report(Id, JsonPointer.Member(Base(i), "rootDirectory"), Tdk3Text.Volume(volume, i) + " is an FSx for Windows File Server volume without a " + MemberName.Mark("rootDirectory") + ": set the share directory to mount, e.g. \"share\\\\data\".");
                }

                FsxWindowsFileServerAuthorizationConfig? auth = fsx.AuthorizationConfig;
                if (auth is null)
                {
                    context.Report(Id, JsonPointer.Member(Base(i), "authorizationConfig"), Tdk3Text.Volume(volume, i) + " is an FSx for Windows File Server volume without an " + MemberName.Mark("authorizationConfig") + ": add " + MemberName.Mark("credentialsParameter") + " (the ARN of the secret or parameter holding the domain credentials) and domain.");
                }
                else
                {
                    if (string.IsNullOrEmpty(auth.CredentialsParameter))
                    {
                        context.Report(Id, JsonPointer.Member(JsonPointer.Member(Base(i), "authorizationConfig"), "credentialsParameter"), Tdk3Text.Volume(volume, i) + " has no " + MemberName.Mark("authorizationConfig") + "." + MemberName.Mark("credentialsParameter") + ": set it to the ARN of the Secrets Manager secret or SSM parameter that holds the domain user's credentials.");
                    }
                    else if (!s_credentialsArn.IsMatch(auth.CredentialsParameter))
                    {
                        context.Report(Id, JsonPointer.Member(JsonPointer.Member(Base(i), "authorizationConfig"), "credentialsParameter"), Tdk3Text.Volume(volume, i) + " has " + MemberName.Mark("credentialsParameter") + " '" + auth.CredentialsParameter + "', which is not the ARN of a Secrets Manager secret or SSM parameter: use e.g. \"arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-creds\".");
                    }

                    if (string.IsNullOrEmpty(auth.Domain))
                    {
                        context.Report(Id, JsonPointer.Member(JsonPointer.Member(Base(i), "authorizationConfig"), "domain"), Tdk3Text.Volume(volume, i) + " has no " + MemberName.Mark("authorizationConfig") + "." + MemberName.Mark("domain") + ": set the fully qualified Active Directory domain name, e.g. \"corp.example.com\".");
                    }
                }

                string? os = context.Definition.RuntimePlatform?.OperatingSystemFamily?.Value;
                if (context.IsFargate)
                {
                    context.Report(Id, Base(i), Tdk3Text.Volume(volume, i) + " is an FSx for Windows File Server volume, which Fargate does not support: run the task on Windows EC2 instances.");
                }
                else if (string.Equals(os, "LINUX", StringComparison.Ordinal))
                {
                    context.Report(Id, Base(i), Tdk3Text.Volume(volume, i) + " is an FSx for Windows File Server volume in a LINUX task: these volumes work only for Windows containers on EC2.");
                }
                else if (string.Equals(os, "WINDOWS_SERVER_2016_FULL", StringComparison.Ordinal))
                {
                    context.Report(Id, Base(i), Tdk3Text.Volume(volume, i) + " is an FSx for Windows File Server volume, which the Windows Server 2016 Full AMI does not support: use Windows Server 2019 or later.");
                }
            }
        }

        private static string Base(int i) =>
            JsonPointer.Member(JsonPointer.Volume(i), "fsxWindowsFileServerVolumeConfiguration");
    }
}
