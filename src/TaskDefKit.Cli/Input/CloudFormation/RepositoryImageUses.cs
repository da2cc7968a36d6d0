using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Model;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// The images of a template's <c>AWS::ECS::TaskDefinition</c> resources that name one of its ECR repositories by
    /// tag, as task definitions the lifecycle cross-check (TDK9208) reads. A template rarely spells the image out: it
    /// writes <c>!Sub ${Repo.RepositoryUri}:1.4</c>, <c>!Join [":", [!GetAtt Repo.RepositoryUri, "1.4"]]</c> or
    /// <c>!Sub ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${Repo}:1.4</c>. Those are read as far as they
    /// are known: the repository (by reference, or by a literal name) and a literal tag. Anything less is not a use
    /// (an unknown value is never a finding).
    /// </summary>
    internal static class RepositoryImageUses
    {
        private const char Uri = '\u0001';      // ${Repo.RepositoryUri}
        private const char Name = '\u0002';     // ${Repo}: the repository's name
        private const char Unknown = '\u0003';  // any other value the template does not fix

        /// <summary>An image as the cross-check reads it, and as the template writes it (for the message).</summary>
        internal readonly struct Use
        {
            public Use(string image, string written)
            {
                Image = image;
                Written = written;
            }

            /// <summary>A private ECR image URI naming the repository as <see cref="RepositoryKey"/> gives it.</summary>
            public string Image { get; }

            public string Written { get; }
        }

        /// <summary>
        /// The name the cross-check knows the repository by: its literal <c>RepositoryName</c>, or — when the template
        /// leaves it to CloudFormation or an intrinsic — a key no real repository name can be (<c>#</c> is not allowed).
        /// </summary>
        public static string RepositoryKey(EcrRepositoryProperties repository) =>
            repository.Repository.RepositoryName ?? "#" + repository.Resource.LogicalId;

        /// <summary>One task definition per task definition resource, holding the containers that use the repository by tag.</summary>
        public static List<(TaskDefinition Definition, List<Use> Uses)> Find(TemplateContext template, EcrRepositoryProperties repository)
        {
            var result = new List<(TaskDefinition, List<Use>)>();
            string key = RepositoryKey(repository);
            foreach (TemplateResource resource in template.InOrder)
            {
                if (resource.Type != CloudFormationTranslator.ResourceType || resource.Properties?.Kind != SourceNodeKind.Mapping
                    || resource.Properties.Get("ContainerDefinitions") is not { Kind: SourceNodeKind.Sequence } containers)
                {
                    continue;
                }

                var definition = new TaskDefinition
                {
                    Family = resource.Properties.Get("Family") is { Kind: SourceNodeKind.Scalar, Tag: null, Text: string family } ? family : resource.LogicalId,
                    ContainerDefinitions = new List<ContainerDefinition>(),
                };
                var uses = new List<Use>();
                foreach (SourceNode container in containers.Items)
                {
                    if (container.Kind != SourceNodeKind.Mapping || container.Get("Image") is not SourceNode image)
                    {
                        continue;
                    }

                    string written = Flatten(image, repository.Resource.LogicalId);
                    if (ImageOf(written, key, repository.NameUnknown) is string uri)
                    {
                        definition.ContainerDefinitions.Add(new ContainerDefinition
                        {
                            Name = container.Get("Name") is { Kind: SourceNodeKind.Scalar, Text: string name } ? name : "?",
                            Image = uri,
                        });
                        uses.Add(new Use(uri, Readable(written, repository.Resource.LogicalId)));
                    }
                }

                if (uses.Count > 0)
                {
                    result.Add((definition, uses));
                }
            }

            return result;
        }

        /// <summary>The image URI the cross-check reads for a flattened image, or null when it does not name the repository by a known tag.</summary>
        private static string? ImageOf(string written, string key, bool nameUnknown)
        {
            string? tag = null;
            int uri = written.LastIndexOf(Uri);
            int name = written.LastIndexOf(Name);
            if (uri >= 0 || name >= 0)
            {
                tag = Tag(written.Substring(Math.Max(uri, name) + 1));
            }
            else if (!nameUnknown)
            {
                // A literal name: "<registry>/<name>:<tag>", the registry possibly written with ${AWS::AccountId} and the like.
                int at = written.LastIndexOf("/" + key + ":", StringComparison.Ordinal);
                if (at > 0 && written.Substring(0, at).IndexOf(".dkr.ecr.", StringComparison.Ordinal) >= 0)
                {
                    tag = Tag(written.Substring(at + 1 + key.Length));
                }
            }

            return tag is null ? null : "123456789012.dkr.ecr.us-east-1.amazonaws.com/" + key + ":" + tag;
        }

        /// <summary>The tag of a ":tag" suffix written out in full; null for anything else (a digest, an unknown part).</summary>
        private static string? Tag(string suffix)
        {
            if (suffix.Length < 2 || suffix[0] != ':')
            {
                return null;
            }

            string tag = suffix.Substring(1);
            foreach (char c in tag)
            {
                if (c == Uri || c == Name || c == Unknown || c == '@' || c == '/' || c == ':')
                {
                    return null;
                }
            }

            return tag;
        }

        /// <summary>The value as text, with the repository's URI, its name and unknown parts as marks (see the constants).</summary>
        private static string Flatten(SourceNode node, string repository)
        {
            var text = new StringBuilder();
            Append(text, node, repository, 0);
            return text.ToString();
        }

        private static void Append(StringBuilder text, SourceNode node, string repository, int depth)
        {
            if (depth > 8)
            {
                text.Append(Unknown);
                return;
            }

            (string? function, SourceNode? argument) = Intrinsic(node);
            switch (function)
            {
                case null when node.Kind == SourceNodeKind.Scalar:
                    text.Append(node.Text);
                    return;
                case "Ref" when argument?.Kind == SourceNodeKind.Scalar:
                    text.Append(argument.Text == repository ? Name : Unknown);
                    return;
                case "GetAtt":
                    text.Append(GetAtt(argument) == repository + ".RepositoryUri" ? Uri : Unknown);
                    return;
                case "Sub" when argument?.Kind == SourceNodeKind.Scalar:
                    Sub(text, argument.Text ?? string.Empty, repository);
                    return;
                case "Sub" when argument is { Kind: SourceNodeKind.Sequence, Items.Count: >= 1 } && argument.Items[0].Kind == SourceNodeKind.Scalar:
                    Sub(text, argument.Items[0].Text ?? string.Empty, repository); // variables of the map are unknown values
                    return;
                case "Join" when argument is { Kind: SourceNodeKind.Sequence, Items.Count: 2 } && argument.Items[0].Kind == SourceNodeKind.Scalar
                    && argument.Items[1].Kind == SourceNodeKind.Sequence:
                    for (int i = 0; i < argument.Items[1].Items.Count; i++)
                    {
                        if (i > 0)
                        {
                            text.Append(argument.Items[0].Text);
                        }

                        Append(text, argument.Items[1].Items[i], repository, depth + 1);
                    }

                    return;
                default:
                    text.Append(Unknown);
                    return;
            }
        }

        /// <summary><c>!Ref</c>/<c>Ref</c>, <c>!GetAtt</c>/<c>Fn::GetAtt</c>, … as ("Ref", argument), ("GetAtt", argument); (null, null) for a plain value.</summary>
        private static (string? Function, SourceNode? Argument) Intrinsic(SourceNode node)
        {
            if (node.Tag != null && node.Tag.StartsWith("!", StringComparison.Ordinal) && !node.Tag.StartsWith("!!", StringComparison.Ordinal))
            {
                return (node.Tag.Substring(1), node);
            }

            if (node.Kind == SourceNodeKind.Mapping && node.Members.Count == 1)
            {
                string key = node.Members[0].Key;
                if (key == "Ref")
                {
                    return ("Ref", node.Members[0].Value);
                }

                if (key.StartsWith("Fn::", StringComparison.Ordinal))
                {
                    return (key.Substring(4), node.Members[0].Value);
                }
            }

            return (null, null);
        }

        private static string? GetAtt(SourceNode? argument) =>
            argument?.Kind == SourceNodeKind.Scalar ? argument.Text
            : argument is { Kind: SourceNodeKind.Sequence, Items.Count: 2 } && argument.Items[0].Kind == SourceNodeKind.Scalar && argument.Items[1].Kind == SourceNodeKind.Scalar
                ? argument.Items[0].Text + "." + argument.Items[1].Text
                : null;

        /// <summary><c>Fn::Sub</c> text: <c>${Repo}</c> and <c>${Repo.RepositoryUri}</c> are the repository, <c>${!x}</c> is literal, other variables unknown.</summary>
        private static void Sub(StringBuilder text, string template, string repository)
        {
            int i = 0;
            while (i < template.Length)
            {
                int open = template.IndexOf("${", i, StringComparison.Ordinal);
                int close = open < 0 ? -1 : template.IndexOf('}', open + 2);
                if (open < 0 || close < 0)
                {
                    text.Append(template, i, template.Length - i);
                    return;
                }

                text.Append(template, i, open - i);
                string variable = template.Substring(open + 2, close - open - 2).Trim();
                if (variable.StartsWith("!", StringComparison.Ordinal))
                {
                    text.Append("${").Append(variable.Substring(1)).Append('}');
                }
                else
                {
                    text.Append(variable == repository ? Name : variable == repository + ".RepositoryUri" ? Uri : Unknown);
                }

                i = close + 1;
            }
        }

        /// <summary>The flattened value as a person reads it: <c>${Repo.RepositoryUri}:1.4</c>.</summary>
        private static string Readable(string written, string repository) =>
            written.Replace(Uri.ToString(), "${" + repository + ".RepositoryUri}")
                .Replace(Name.ToString(), "${" + repository + "}")
                .Replace(Unknown.ToString(), "${…}");
    }
}
