using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2035: <c>environmentFiles</c>: at most 10 per container; <c>type</c> is <c>s3</c>; <c>value</c> is the ARN of
    /// an S3 object whose key ends in <c>.env</c> (<c>^arn:aws[a-z-]*:s3:::[^/]+/.*\.env$</c>). A key that is just
    /// <c>.env</c>, at the top of the bucket or in a folder (<c>bucket/.env</c>, <c>bucket/dir/.env</c>), is accepted.
    /// </summary>
    /// <remarks>ECS API EnvironmentFile ("You can specify up to ten environment files. The file must have a .env file extension").</remarks>
    [Rule("TDK2035", "EnvironmentFiles", RuleSeverity.Error, "Invalid environment files")]
    internal sealed class Tdk2035EnvironmentFiles : TaskDefinitionRule
    {
        private static readonly Regex s_s3EnvArn = new Regex(@"^arn:aws[a-z-]*:s3:::[^/]+/.*\.env$", RegexOptions.CultureInvariant);

        public override string Id => RuleIds.EnvironmentFiles;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                List<EnvironmentFile>? files = context.Containers[i].EnvironmentFiles;
                if (files is null)
                {
                    continue;
                }

                string Pointer() => JsonPointer.Container(i, "environmentFiles");
                string Who() => "Container " + Tdk2Helpers.Describe(context.Containers[i], i);
                if (files.Count > Limits.MaxEnvironmentFiles)
                {
                    context.Report(Id, JsonPointer.Index(Pointer(), Limits.MaxEnvironmentFiles), Who() + " lists " + Tdk2Helpers.Text(files.Count) + " environment files: ECS allows at most 10 per container.");
                }

                for (int k = 0; k < files.Count; k++)
                {
                    string Entry() => JsonPointer.Index(Pointer(), k);
                    EnvironmentFile file = files[k];
                    if (!file.Type.HasValue)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "type"), Who() + " has an environment file without " + MemberName.Mark("type") + ": set \"" + MemberName.Mark("type") + "\": \"s3\".");
                    }
                    else if (file.Type.Value != EnvironmentFileType.S3)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "type"), Who() + " has an environment file of type '" + file.Type.Value.Value + "': the only type is 's3' (lower case).");
                    }

                    if (string.IsNullOrEmpty(file.Value))
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "value"), Who() + " has an environment file without " + MemberName.Mark("value") + ": set the ARN of the S3 object, e.g. arn:aws:s3:::bucket/app.env.");
                    }
                    else if (!s_s3EnvArn.IsMatch(file.Value))
                    {
                        int s3 = file.Value!.StartsWith("arn:", StringComparison.Ordinal) ? file.Value.IndexOf(":s3:::", StringComparison.Ordinal) : -1;
                        string why = s3 < 0
                            ? "it must be an S3 object ARN such as arn:aws:s3:::bucket/app.env (not an s3:// URL)"
                            : file.Value.IndexOf('/', s3) < 0
                                ? "it names a bucket, not an object: add the object key, e.g. arn:aws:s3:::bucket/app.env"
                                : "the object key must end in .env";
                        context.Report(Id, JsonPointer.Member(Entry(), "value"), Who() + " has the environment file '" + file.Value + "': " + why + ".");
                    }
                }
            }
        }
    }
}
