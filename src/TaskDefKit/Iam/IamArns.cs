using System;
using System.Text.RegularExpressions;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Iam
{
    /// <summary>
    /// The ARNs a task definition's values name, built only from what the values say: the partition, Region and account
    /// come from the value itself, then from the options or a role ARN, else stay placeholders.
    /// </summary>
    internal sealed class IamArns
    {
        public const string RegionPlaceholder = "<REGION>";
        public const string AccountPlaceholder = "<ACCOUNT_ID>";

        // <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]
        private static readonly Regex EcrHost = new Regex(@"^(?<account>\d{12})\.dkr\.ecr(-fips)?\.(?<region>[a-z0-9-]+)\.amazonaws\.com(?<cn>\.cn)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex RoleArn = new Regex(@"^arn:(?<partition>aws[a-z-]*):iam::(?<account>\d{12}):role/", RegexOptions.CultureInvariant);

        // Secrets Manager appends a hyphen and six random characters to every secret's name in its ARN.
        private static readonly Regex SecretSuffix = new Regex(@"-[A-Za-z0-9]{6}$", RegexOptions.CultureInvariant);

        public IamArns(string? partition, string? region, string? account)
        {
            Partition = partition ?? "aws";
            Region = region;
            Account = account;
        }

        public string Partition { get; }

        public string? Region { get; }

        public string? Account { get; }

        /// <summary>The partition and account of a role ARN, when <paramref name="role"/> is one.</summary>
        public static bool TryRole(string? role, out string partition, out string account)
        {
            Match match = role is null ? Match.Empty : RoleArn.Match(role);
            partition = match.Success ? match.Groups["partition"].Value : string.Empty;
            account = match.Success ? match.Groups["account"].Value : string.Empty;
            return match.Success;
        }

        /// <summary>The repository ARN of a private ECR image; null when the image is not one.</summary>
        public static string? EcrRepository(string image)
        {
            if (!SecurityImageHost.IsEcrPrivateImage(image))
            {
                return null;
            }

            ImageReference reference = ImageReference.Parse(image);
            Match host = reference.Host is string h ? EcrHost.Match(h) : Match.Empty;
            if (!host.Success)
            {
                return null;
            }

            string region = host.Groups["region"].Value.ToLowerInvariant();
            string partition = host.Groups["cn"].Success ? "aws-cn" : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws";
            return "arn:" + partition + ":ecr:" + region + ":" + host.Groups["account"].Value + ":repository/" + reference.Repository;
        }

        /// <summary>
        /// The resource of a <c>valueFrom</c> / <c>credentialsParameter</c>: a Secrets Manager secret (the JSON-key,
        /// version-stage and version-id suffix removed), an SSM parameter ARN, or an SSM parameter name in the task's
        /// Region and account. <paramref name="isSecretsManager"/> says which service's action it needs.
        /// </summary>
        public string SecretResource(string valueFrom, out bool isSecretsManager)
        {
            string[] parts = valueFrom.Split(':');
            if (parts.Length >= 7 && parts[0] == "arn" && parts[2] == "secretsmanager" && parts[5] == "secret")
            {
                isSecretsManager = true;
                string arn = string.Join(":", parts, 0, 7);

                // Without the random suffix (a partial ARN), the secret's full ARN is the name plus six characters.
                return SecretSuffix.IsMatch(parts[6]) ? arn : arn + "-??????";
            }

            isSecretsManager = false;
            if (parts.Length >= 6 && parts[0] == "arn" && parts[2] == "ssm")
            {
                return valueFrom;
            }

            string name = valueFrom.StartsWith("/", StringComparison.Ordinal) ? valueFrom.Substring(1) : valueFrom;
            return "arn:" + Partition + ":ssm:" + (Region ?? RegionPlaceholder) + ":" + (Account ?? AccountPlaceholder) + ":parameter/" + name;
        }

        /// <summary>The bucket ARN of an S3 object ARN (<c>arn:aws:s3:::bucket/key</c>); null when it is not one.</summary>
        public static string? S3Bucket(string objectArn)
        {
            if (!objectArn.StartsWith("arn:", StringComparison.Ordinal))
            {
                return null;
            }

            string[] parts = objectArn.Split(new[] { ':' }, 6);
            if (parts.Length < 6 || parts[2] != "s3")
            {
                return null;
            }

            int slash = parts[5].IndexOf('/');
            return slash <= 0 ? null : string.Join(":", parts, 0, 5) + ":" + parts[5].Substring(0, slash);
        }

        public string LogGroup(string? region, string group) =>
            "arn:" + Partition + ":logs:" + (region ?? Region ?? RegionPlaceholder) + ":" + (Account ?? AccountPlaceholder) + ":log-group:" + group + ":*";

        public string TaskDefinitionFamily(string family) =>
            "arn:" + Partition + ":ecs:" + (Region ?? RegionPlaceholder) + ":" + (Account ?? AccountPlaceholder) + ":task-definition/" + family + ":*";

        public string Tasks() => "arn:" + Partition + ":ecs:" + (Region ?? RegionPlaceholder) + ":" + (Account ?? AccountPlaceholder) + ":task/*";

        /// <summary>A role's ARN: as given when it is one, else built from its name (the API takes "the short name or full ARN").</summary>
        public string Role(string role) =>
            role.StartsWith("arn:", StringComparison.Ordinal) ? role : "arn:" + Partition + ":iam::" + (Account ?? AccountPlaceholder) + ":role/" + role;
    }
}
