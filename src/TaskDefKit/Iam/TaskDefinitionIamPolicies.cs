using System;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Iam
{
    /// <summary>
    /// Derives the least-privilege IAM policies a task definition needs: <see cref="ExecutionRole"/> (what the ECS agent
    /// does for the task: pull private ECR images, write awslogs, read secrets, parameters and S3 files) and
    /// <see cref="EventsRole"/> (what EventBridge or EventBridge Scheduler needs to run it as a scheduled task).
    /// Every resource is an exact ARN built from the definition's own values; what it cannot know stays a placeholder.
    /// </summary>
    public static class TaskDefinitionIamPolicies
    {
        private const string KmsAdvice = "If a secret or SecureString parameter is encrypted with a customer managed KMS key, also allow kms:Decrypt on that key (the AWS managed keys need nothing).";

        /// <summary>The task execution role's policy for <paramref name="definition"/>.</summary>
        public static IamPolicyDocument ExecutionRole(TaskDefinition definition, IamPolicyOptions? options = null)
        {
            Guard.ThrowIfNull(definition, nameof(definition));
            options ??= new IamPolicyOptions();
            var context = new Derivation(definition, options);
            var ecr = new List<string>();
            var logs = new List<string>();
            var createLogGroups = new List<string>();
            var secrets = new List<string>();
            var parameters = new List<string>();
            var unknownSecrets = new List<string>();
            var s3Objects = new List<string>();
            var s3Buckets = new List<string>();
            List<ContainerDefinition> containers = definition.ContainerDefinitions ?? new List<ContainerDefinition>();
            for (int i = 0; i < containers.Count; i++)
            {
                ContainerDefinition? container = containers[i];
                if (container is null)
                {
                    continue;
                }

                string at = JsonPointer.Container(i);
                string label = "container '" + (container.Name ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "'";

                // Images: a private ECR image is pulled with the execution role; an unknown image may be one.
                if (container.Image is string image)
                {
                    if (IamArns.EcrRepository(image) is string repository)
                    {
                        ecr.Add(repository);
                    }
                }
                else if (context.IsUnknown(at + "/image"))
                {
                    ecr.Add(context.Placeholder(at + "/image", "ECR repository ARN of " + label + "'s image, if it is a private ECR image"));
                }

                // Private registry credentials live in a Secrets Manager secret.
                string credentials = at + "/repositoryCredentials/credentialsParameter";
                if (container.RepositoryCredentials?.CredentialsParameter is string credentialsParameter)
                {
                    // Always a Secrets Manager secret, named by ARN (the API: "The Amazon Resource Name (ARN) of the secret").
                    string resource = context.Arns.SecretResource(credentialsParameter, out bool secretsManager);
                    secrets.Add(secretsManager ? resource : context.Placeholder(credentials, "Secrets Manager ARN of " + label + "'s repositoryCredentials (the value is not one)"));
                }
                else if (context.IsUnknown(credentials))
                {
                    secrets.Add(context.Placeholder(credentials, "Secrets Manager ARN of " + label + "'s repositoryCredentials"));
                }

                AddSecrets(context, container.Secrets, at + "/secrets", label, secrets, parameters, unknownSecrets);
                AddSecrets(context, container.LogConfiguration?.SecretOptions, at + "/logConfiguration/secretOptions", label, secrets, parameters, unknownSecrets);
                AddLogs(context, container, at, label, logs, createLogGroups);
                AddEnvironmentFiles(context, container.EnvironmentFiles, at + "/environmentFiles", label, s3Objects, s3Buckets);
                AddFireLensConfig(context, container.FirelensConfiguration, at + "/firelensConfiguration/options", label, s3Objects, s3Buckets);
            }

            var statements = new List<IamStatement>();
            if (ecr.Count > 0)
            {
                // GetAuthorizationToken has no resource-level permissions: AWS documents it on "*".
                statements.Add(new IamStatement("EcrAuthorization", new[] { "ecr:GetAuthorizationToken" }, new[] { "*" }));
                statements.Add(new IamStatement("EcrPull", new[] { "ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer" }, ecr));
            }

            if (logs.Count > 0)
            {
                statements.Add(new IamStatement("AwsLogs", new[] { "logs:CreateLogStream", "logs:PutLogEvents" }, logs));
            }

            if (createLogGroups.Count > 0)
            {
                statements.Add(new IamStatement("AwsLogsCreateGroup", new[] { "logs:CreateLogGroup" }, createLogGroups));
            }

            if (secrets.Count > 0)
            {
                statements.Add(new IamStatement("SecretsManager", new[] { "secretsmanager:GetSecretValue" }, secrets));
            }

            if (parameters.Count > 0)
            {
                statements.Add(new IamStatement("SsmParameters", new[] { "ssm:GetParameters" }, parameters));
            }

            if (unknownSecrets.Count > 0)
            {
                // Which service an unknown valueFrom names is unknown too: keep the action of the one it is, drop the other.
                statements.Add(new IamStatement("UnknownSecretReferences", new[] { "secretsmanager:GetSecretValue", "ssm:GetParameters" }, unknownSecrets));
                context.Advice.Add("Some secret references are unknown (placeholders in UnknownSecretReferences): replace each with its ARN and keep only the action of its service.");
            }

            if (s3Objects.Count > 0)
            {
                statements.Add(new IamStatement("S3Objects", new[] { "s3:GetObject" }, s3Objects));
            }

            if (s3Buckets.Count > 0)
            {
                statements.Add(new IamStatement("S3BucketLocation", new[] { "s3:GetBucketLocation" }, s3Buckets));
            }

            if (secrets.Count + parameters.Count + unknownSecrets.Count > 0)
            {
                context.Advice.Add(KmsAdvice);
            }

            return context.Finish(statements);
        }

        /// <summary>
        /// The events role's policy for running <paramref name="definition"/> as an EventBridge or Scheduler ECS target:
        /// <c>ecs:RunTask</c> on the family's revisions, <c>iam:PassRole</c> on its execution and task roles (to ECS
        /// tasks only), and <c>ecs:TagResource</c> on the tasks RunTask creates when the target sets tags.
        /// </summary>
        public static IamPolicyDocument EventsRole(TaskDefinition definition, IamPolicyOptions? options = null)
        {
            Guard.ThrowIfNull(definition, nameof(definition));
            options ??= new IamPolicyOptions();
            var context = new Derivation(definition, options);
            string family = definition.Family ?? context.Placeholder("/family", "task definition family");
            var statements = new List<IamStatement>
            {
                new IamStatement("RunTask", new[] { "ecs:RunTask" }, new[] { context.Arns.TaskDefinitionFamily(family) }),
            };

            var roles = new List<string>();
            foreach ((string pointer, string? role, string what) in new[]
            {
                ("/executionRoleArn", definition.ExecutionRoleArn, "execution role ARN"),
                ("/taskRoleArn", definition.TaskRoleArn, "task role ARN"),
            })
            {
                if (role != null)
                {
                    roles.Add(context.Arns.Role(role));
                }
                else if (context.IsUnknown(pointer))
                {
                    roles.Add(context.Placeholder(pointer, what));
                }
            }

            if (roles.Count > 0)
            {
                statements.Add(new IamStatement("PassTaskRoles", new[] { "iam:PassRole" }, roles, "StringLike", "iam:PassedToService", "ecs-tasks.amazonaws.com"));
            }

            if (options.TargetSetsTags)
            {
                statements.Add(new IamStatement("TagRunTask", new[] { "ecs:TagResource" }, new[] { context.Arns.Tasks() }, "StringEquals", "ecs:CreateAction", "RunTask"));
            }

            return context.Finish(statements);
        }

        private static void AddSecrets(Derivation context, List<Secret>? list, string pointer, string label, List<string> secrets, List<string> parameters, List<string> unknown)
        {
            if (list is null)
            {
                return;
            }

            for (int j = 0; j < list.Count; j++)
            {
                string at = pointer + "/" + j + "/valueFrom";
                if (list[j]?.ValueFrom is string valueFrom)
                {
                    context.AddSecret(valueFrom, secrets, parameters);
                }
                else if (context.IsUnknown(at) || context.IsUnknown(pointer + "/" + j))
                {
                    unknown.Add(context.Placeholder(at, "ARN of " + label + "'s secret '" + (list[j]?.Name ?? j.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "'"));
                }
            }
        }

        private static void AddLogs(Derivation context, ContainerDefinition container, string at, string label, List<string> logs, List<string> createGroups)
        {
            LogConfiguration? log = container.LogConfiguration;
            if (log?.LogDriver is not LogDriver driver || driver.Value != "awslogs")
            {
                return;
            }

            Dictionary<string, string> options = log.Options ?? new Dictionary<string, string>();
            string optionsPointer = at + "/logConfiguration/options";
            options.TryGetValue("awslogs-region", out string? region);
            if (region is null && context.IsUnknown(optionsPointer + "/awslogs-region"))
            {
                region = context.Placeholder(optionsPointer + "/awslogs-region", "awslogs-region of " + label);
            }

            string group = options.TryGetValue("awslogs-group", out string? named)
                ? named
                : context.Placeholder(optionsPointer + "/awslogs-group", "awslogs-group of " + label);
            string arn = context.Arns.LogGroup(region, group);
            logs.Add(arn);
            if (options.TryGetValue("awslogs-create-group", out string? create) && string.Equals(create, "true", StringComparison.OrdinalIgnoreCase))
            {
                createGroups.Add(arn);
            }
        }

        private static void AddEnvironmentFiles(Derivation context, List<EnvironmentFile>? files, string pointer, string label, List<string> objects, List<string> buckets)
        {
            if (files is null)
            {
                return;
            }

            for (int j = 0; j < files.Count; j++)
            {
                string at = pointer + "/" + j + "/value";
                string? value = files[j]?.Value;
                if (value is null && !context.IsUnknown(at) && !context.IsUnknown(pointer + "/" + j))
                {
                    continue;
                }

                AddS3Object(context, value, at, "S3 object ARN of " + label + "'s environment file " + j, objects, buckets);
            }
        }

        private static void AddFireLensConfig(Derivation context, FirelensConfiguration? firelens, string pointer, string label, List<string> objects, List<string> buckets)
        {
            Dictionary<string, string>? options = firelens?.Options;
            if (options is null || !options.TryGetValue("config-file-type", out string? type) || type != "s3")
            {
                return;
            }

            options.TryGetValue("config-file-value", out string? value);
            AddS3Object(context, value, pointer + "/config-file-value", "S3 object ARN of " + label + "'s FireLens config-file-value", objects, buckets);
        }

        private static void AddS3Object(Derivation context, string? value, string pointer, string what, List<string> objects, List<string> buckets)
        {
            string? bucket = value is null ? null : IamArns.S3Bucket(value);
            if (value != null && bucket != null)
            {
                objects.Add(value);
                buckets.Add(bucket);
                return;
            }

            // Unknown, or not an S3 ARN (TDK2035 reports that): name what belongs here rather than guess.
            objects.Add(context.Placeholder(pointer, what));
            buckets.Add(context.Placeholder(pointer, "bucket ARN of the " + what));
        }

        /// <summary>The definition's defaults for ARNs, its placeholders and advice.</summary>
        private sealed class Derivation
        {
            private readonly IamPolicyOptions _options;
            private readonly SortedSet<string> _placeholders = new SortedSet<string>(StringComparer.Ordinal);

            public Derivation(TaskDefinition definition, IamPolicyOptions options)
            {
                _options = options;
                string? partition = null, account = options.AccountId;
                foreach (string? role in new[] { definition.ExecutionRoleArn, definition.TaskRoleArn })
                {
                    if (IamArns.TryRole(role, out string p, out string a))
                    {
                        partition ??= p;
                        account ??= a;
                    }
                }

                Arns = new IamArns(partition, options.Region, account);
            }

            public IamArns Arns { get; }

            public List<string> Advice { get; } = new List<string>();

            public bool IsUnknown(string pointer) => _options.UnknownPointers != null && _options.UnknownPointers.Contains(pointer);

            /// <summary>A named placeholder for an unknown value: <c>&lt;what (pointer)&gt;</c>.</summary>
            public string Placeholder(string pointer, string what)
            {
                string placeholder = "<" + what + " (" + pointer + ")>";
                _placeholders.Add(placeholder);
                return placeholder;
            }

            public void AddSecret(string valueFrom, List<string> secrets, List<string> parameters)
            {
                string resource = Arns.SecretResource(valueFrom, out bool secretsManager);
                (secretsManager ? secrets : parameters).Add(resource);
            }

            public IamPolicyDocument Finish(List<IamStatement> statements)
            {
                foreach (IamStatement statement in statements)
                {
                    foreach (string resource in statement.Resources)
                    {
                        if (resource.Contains(IamArns.RegionPlaceholder))
                        {
                            _placeholders.Add(IamArns.RegionPlaceholder);
                        }

                        if (resource.Contains(IamArns.AccountPlaceholder))
                        {
                            _placeholders.Add(IamArns.AccountPlaceholder);
                        }
                    }
                }

                return new IamPolicyDocument(statements, Advice.Distinct().ToList(), _placeholders.ToList());
            }
        }
    }
}
