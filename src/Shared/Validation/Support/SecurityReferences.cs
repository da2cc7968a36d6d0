using System;
using System.Text.RegularExpressions;
using TaskDefKit.Model;

namespace TaskDefKit.Validation.Support
{
    /// <summary>What a <c>secrets[].valueFrom</c> / <c>secretOptions[].valueFrom</c> string refers to (TDK6012, TDK6014).</summary>
    internal enum SecretReferenceKind
    {
        /// <summary>Not a valid reference.</summary>
        Invalid,

        /// <summary>A Secrets Manager secret ARN, optionally with <c>:json-key:version-stage:version-id</c>.</summary>
        SecretsManagerArn,

        /// <summary>A Systems Manager Parameter Store parameter ARN.</summary>
        SsmParameterArn,

        /// <summary>A Parameter Store parameter name (same Region only).</summary>
        SsmParameterName,
    }

    /// <summary>Shared checks for the TDK6xxx rules: secret references, IAM role references, root users.</summary>
    internal static class SecurityReferences
    {
        // [BOTO:Secret]; [SEC-SM]: arn:aws:secretsmanager:region:aws_account_id:secret:secret-name:json-key:version-stage:version-id
        private static readonly Regex s_secretsManagerArn = new Regex(
            "^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+(:[^:]*:[^:]*:[^:]*)?$",
            RegexOptions.CultureInvariant);

        // The secret itself, without the JSON-key / version suffix ([BOTO:RepositoryCredentials]).
        private static readonly Regex s_plainSecretsManagerArn = new Regex(
            "^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$",
            RegexOptions.CultureInvariant);

        private static readonly Regex s_ssmParameterArn = new Regex(
            "^arn:aws[a-z-]*:ssm:[a-z0-9-]+:[0-9]{12}:parameter/.+$",
            RegexOptions.CultureInvariant);

        // [BOTO:RegisterTaskDefinitionRequest] executionRoleArn; IAM roleNameType.
        private static readonly Regex s_roleArn = new Regex(
            "^arn:aws[a-z-]*:iam::[0-9]{12}:role/(.+/)?[A-Za-z0-9+=,.@_-]{1,64}$",
            RegexOptions.CultureInvariant);

        private static readonly Regex s_roleName = new Regex("^[A-Za-z0-9+=,.@_-]{1,64}$", RegexOptions.CultureInvariant);

        /// <summary>Classifies a <c>valueFrom</c>; <paramref name="hasSelector"/> is true for a Secrets Manager ARN with a non-empty JSON key, version stage or version ID; <paramref name="stageAndId"/> when both a stage and an ID are given.</summary>
        public static SecretReferenceKind ClassifySecret(string valueFrom, out bool hasSelector, out bool stageAndId)
        {
            hasSelector = false;
            stageAndId = false;
            if (valueFrom.StartsWith("arn:", StringComparison.Ordinal))
            {
                if (valueFrom.IndexOf(":secretsmanager:", StringComparison.Ordinal) > 0)
                {
                    if (!s_secretsManagerArn.IsMatch(valueFrom))
                    {
                        return SecretReferenceKind.Invalid;
                    }

                    // The name cannot contain ':', so a suffix starts at the first ':' after ":secret:".
                    int name = valueFrom.IndexOf(":secret:", StringComparison.Ordinal) + 8;
                    int key = valueFrom.IndexOf(':', name);
                    if (key >= 0)
                    {
                        int stage = valueFrom.IndexOf(':', key + 1);
                        int id = valueFrom.IndexOf(':', stage + 1);
                        hasSelector = valueFrom.Length - key > 3;
                        stageAndId = id - stage > 1 && valueFrom.Length - id > 1;
                    }

                    return SecretReferenceKind.SecretsManagerArn;
                }

                return s_ssmParameterArn.IsMatch(valueFrom) ? SecretReferenceKind.SsmParameterArn : SecretReferenceKind.Invalid;
            }

            return IsSsmParameterName(valueFrom) ? SecretReferenceKind.SsmParameterName : SecretReferenceKind.Invalid;
        }

        /// <summary>
        /// A Parameter Store name: 1–2048 characters of <c>[A-Za-z0-9_.-]</c> and <c>/</c>, not prefixed with
        /// <c>aws</c> or <c>ssm</c> (case-insensitive). A fully qualified <c>/aws/…</c> path is AWS's own public
        /// namespace (for example <c>/aws/reference/secretsmanager/…</c>) and is accepted.
        /// </summary>
        public static bool IsSsmParameterName(string name)
        {
            if (name.Length == 0 || name.Length > 2048)
            {
                return false;
            }

            foreach (char c in name)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-' || c == '/';
                if (!ok)
                {
                    return false;
                }
            }

            return !(name.StartsWith("aws", StringComparison.OrdinalIgnoreCase) || name.StartsWith("ssm", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>A Secrets Manager secret ARN without JSON-key or version suffix.</summary>
        public static bool IsSecretsManagerSecretArn(string value) => s_plainSecretsManagerArn.IsMatch(value);

        /// <summary>A Secrets Manager secret name: 1–512 characters of <c>[A-Za-z0-9/_+=.@-]</c>.</summary>
        public static bool IsSecretsManagerSecretName(string value)
        {
            if (value.Length == 0 || value.Length > 512)
            {
                return false;
            }

            foreach (char c in value)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '/' || c == '_' || c == '+' || c == '=' || c == '.' || c == '@' || c == '-';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A full IAM role ARN.</summary>
        public static bool IsRoleArn(string value) => s_roleArn.IsMatch(value);

        /// <summary>A bare IAM role name.</summary>
        public static bool IsRoleName(string value) => s_roleName.IsMatch(value);

        /// <summary>The role name at the end of a role ARN (after the last <c>/</c>), or null.</summary>
        public static string? RoleNameOf(string roleArn)
        {
            int slash = roleArn.LastIndexOf('/');
            return slash >= 0 && slash < roleArn.Length - 1 ? roleArn.Substring(slash + 1) : null;
        }

        /// <summary>"Container 'web'" (or "Container #2" when unnamed), for messages.</summary>
        public static string ContainerLabel(ContainerDefinition container, int index) =>
            string.IsNullOrEmpty(container.Name)
                ? "Container #" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "Container '" + container.Name + "'";

        /// <summary>
        /// <c>executionRoleArn</c> is given, with any value. TDK6019 owns its form, including an empty or blank value, so
        /// the rules that need an execution role report only a missing member (one finding per problem).
        /// </summary>
        public static bool HasExecutionRole(ValidationContext context) => context.Definition.ExecutionRoleArn != null;

        /// <summary>
        /// The container's <c>user</c> runs as root: unset (image default, usually root), <c>root</c>, <c>0</c>, or a
        /// <c>root</c>/<c>0</c> part in <c>user:group</c>.
        /// </summary>
        public static bool IsRootUser(string? user)
        {
            if (user is null || user.Length == 0)
            {
                return true;
            }

            int colon = user.IndexOf(':');
            if (colon < 0)
            {
                return IsRootPart(user, 0, user.Length);
            }

            return IsRootPart(user, 0, colon) || IsRootPart(user, colon + 1, user.Length - colon - 1);
        }

        private static bool IsRootPart(string text, int start, int length)
        {
            if (length == 4 && string.CompareOrdinal(text, start, "root", 0, 4) == 0)
            {
                return true;
            }

            if (length == 0)
            {
                return false;
            }

            // "0", "00": numeric zero
            for (int i = start; i < start + length; i++)
            {
                if (text[i] != '0')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
