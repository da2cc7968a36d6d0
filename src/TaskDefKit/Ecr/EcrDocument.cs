using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Ecr
{
    /// <summary>What an <see cref="EcrDocument"/> file is.</summary>
    public enum EcrDocumentKind
    {
        /// <summary>Not readable, or none of the kinds below.</summary>
        Unknown,

        /// <summary>Lifecycle policy text itself (<c>{ "rules": [...] }</c>).</summary>
        LifecyclePolicy,

        /// <summary>A PutLifecyclePolicy input (<c>aws ecr put-lifecycle-policy --cli-input-json</c>): policy text as a JSON string.</summary>
        PutLifecyclePolicyInput,

        /// <summary>A CreateRepository input (<c>aws ecr create-repository --cli-input-json</c>).</summary>
        CreateRepositoryInput,

        /// <summary>A CloudFormation template (JSON) with <c>AWS::ECR::Repository</c> resources.</summary>
        CloudFormation,
    }

    /// <summary>
    /// Reads ECR lifecycle policies and repository settings from JSON — the policy text, a PutLifecyclePolicy or
    /// CreateRepository input, or a CloudFormation template's <c>AWS::ECR::Repository</c> resources (policy text inside
    /// <c>LifecyclePolicy.LifecyclePolicyText</c>) — and judges them with <see cref="EcrValidator"/>. Findings carry the
    /// file's pointer (continued into embedded policy text) and the line and column in the file.
    /// </summary>
    public sealed class EcrDocument
    {
        private readonly JsonLocator _locator;
        private readonly LineIndex _lines;

        private EcrDocument(string? file, EcrDocumentKind kind, IReadOnlyList<EcrDocumentPart> parts, IReadOnlyList<RuleDiagnostic> readDiagnostics, JsonLocator locator, LineIndex lines)
        {
            File = file;
            Kind = kind;
            Parts = parts;
            ReadDiagnostics = readDiagnostics;
            _locator = locator;
            _lines = lines;
        }

        public string? File { get; }

        public EcrDocumentKind Kind { get; }

        /// <summary>The repositories and policies read, in document order.</summary>
        public IReadOnlyList<EcrDocumentPart> Parts { get; }

        /// <summary>
        /// Problems of the outer file (not JSON, not an ECR input; a CreateRepository or PutLifecyclePolicy input's unknown
        /// members and wrong types, read with the generated model, <see cref="EcrJson"/>); problems inside policy text are
        /// TDK9201 findings of <see cref="Validate"/>.
        /// </summary>
        public IReadOnlyList<RuleDiagnostic> ReadDiagnostics { get; }

        public static EcrDocument Parse(string json, string? file = null) => Parse(Encoding.UTF8.GetBytes(json), file);

        public static EcrDocument Load(string path) => Parse(System.IO.File.ReadAllBytes(path), path);

        /// <summary>Reads <paramref name="utf8"/>; never throws on bad input.</summary>
        public static EcrDocument Parse(byte[] utf8, string? file = null)
        {
            Guard.ThrowIfNull(utf8, nameof(utf8));
            var lines = new LineIndex(utf8, file);
            var locator = new JsonLocator(utf8, lines);
            var parts = new List<EcrDocumentPart>();
            var problems = new List<RuleDiagnostic>();
            EcrDocumentKind kind = EcrDocumentKind.Unknown;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = JsonDocumentReader.MaxDepth });
            }
            catch (JsonException exception)
            {
                problems.Add(new RuleDiagnostic(RuleIds.MalformedJson, RuleSeverity.Error, "The input is not valid JSON text: " + exception.Message + ".", string.Empty,
                    new SourceLocation(file, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1)));
                return new EcrDocument(file, kind, parts, problems, locator, lines);
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("rules", out _))
                {
                    kind = EcrDocumentKind.LifecyclePolicy;
                    string text = Encoding.UTF8.GetString(utf8);
                    parts.Add(new EcrDocumentPart(null, null, string.Empty, false, LifecyclePolicyReader.Read(utf8, text.Length), string.Empty, null));
                }
                else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("lifecyclePolicyText", out JsonElement text))
                {
                    kind = EcrDocumentKind.PutLifecyclePolicyInput;
                    // The repository's settings are not part of this input: the repository rules have nothing to judge.
                    var repository = new EcrRepository { RepositoryName = StringOrNull(root, "repositoryName"), HasLifecyclePolicy = true, SettingsUnknown = true };

                    // The generated model reads the input's other members (unknown ones, wrong types); TDK9201 judges the text.
                    foreach (RuleDiagnostic problem in EcrJson.ParseLifecyclePolicyInput(utf8, file).ReadDiagnostics)
                    {
                        if (problem.Pointer != "/lifecyclePolicyText")
                        {
                            problems.Add(problem);
                        }
                    }

                    parts.Add(PolicyFromString(utf8, locator, text, "/lifecyclePolicyText", null, repository, string.Empty, false, problems, lines));
                }
                else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Resources", out JsonElement resources) && resources.ValueKind == JsonValueKind.Object)
                {
                    kind = EcrDocumentKind.CloudFormation;
                    ReadTemplate(utf8, locator, lines, resources, parts, problems);
                }
                else if (root.ValueKind == JsonValueKind.Object && IsCreateRepositoryInput(root))
                {
                    kind = EcrDocumentKind.CreateRepositoryInput;
                    problems.AddRange(EcrJson.ParseRepository(utf8, file).ReadDiagnostics); // unknown members, wrong types
                    parts.Add(new EcrDocumentPart(null, ReadRepository(root, camel: true), string.Empty, false, null, null, null));
                }
                else
                {
                    problems.Add(new RuleDiagnostic(RuleIds.UnrecognisedDocument, RuleSeverity.Error,
                        "The input is not an ECR lifecycle policy ({\"rules\": [...]}), a PutLifecyclePolicy or CreateRepository input, or a CloudFormation template.",
                        string.Empty, lines.Locate(0)));
                }
            }

            return new EcrDocument(file, kind, parts, problems, locator, lines);
        }

        /// <summary>
        /// Judges every part (with the run's task definitions for TDK9208); findings carry file pointers and locations,
        /// in part order, then rule-ID order.
        /// </summary>
        public IReadOnlyList<RuleDiagnostic> Validate(IReadOnlyList<TaskDefinition>? taskDefinitions = null, ValidationOptions? options = null)
        {
            var result = new List<RuleDiagnostic>(ReadDiagnostics);
            foreach (EcrDocumentPart part in Parts)
            {
                foreach (RuleDiagnostic finding in EcrValidator.Validate(part.Policy, part.Repository, taskDefinitions, options))
                {
                    result.Add(Place(part, finding));
                }
            }

            return result;
        }

        private RuleDiagnostic Place(EcrDocumentPart part, RuleDiagnostic finding)
        {
            bool repositoryRule = EcrValidator.IsRepositoryRule(finding.RuleId);
            string pointer;
            long? offset;
            if (repositoryRule || part.PolicyPointer is null)
            {
                pointer = part.RepositoryFilePointer(finding.Pointer);
                offset = _locator.Offset(pointer);
            }
            else
            {
                pointer = part.PolicyPointer + finding.Pointer;
                offset = part.PolicyOffset(finding, _locator);
            }

            string message = part.PascalCase ? finding.MessageNaming(EcrDocumentPart.Pascal) : finding.Message;
            return new RuleDiagnostic(finding.RuleId, finding.Severity, message, pointer, offset is long at ? _lines.Locate(at) : null);
        }

        private static void ReadTemplate(byte[] utf8, JsonLocator locator, LineIndex lines, JsonElement resources, List<EcrDocumentPart> parts, List<RuleDiagnostic> problems)
        {
            foreach (JsonProperty resource in resources.EnumerateObject())
            {
                if (resource.Value.ValueKind != JsonValueKind.Object
                    || !resource.Value.TryGetProperty("Type", out JsonElement type) || type.ValueKind != JsonValueKind.String
                    || type.GetString() != "AWS::ECR::Repository")
                {
                    continue;
                }

                string at = "/Resources/" + Escape(resource.Name);
                JsonElement properties = resource.Value.TryGetProperty("Properties", out JsonElement p) && p.ValueKind == JsonValueKind.Object ? p : default;
                EcrRepository repository = properties.ValueKind == JsonValueKind.Object ? ReadRepository(properties, camel: false) : new EcrRepository { HasLifecyclePolicy = false };
                string propertiesPointer = at + "/Properties";
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("LifecyclePolicy", out JsonElement lifecycle)
                    && lifecycle.ValueKind == JsonValueKind.Object && lifecycle.TryGetProperty("LifecyclePolicyText", out JsonElement text))
                {
                    repository.HasLifecyclePolicy = true;
                    parts.Add(PolicyFromString(utf8, locator, text, propertiesPointer + "/LifecyclePolicy/LifecyclePolicyText", resource.Name, repository, propertiesPointer, true, problems, lines));
                }
                else
                {
                    repository.HasLifecyclePolicy = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("LifecyclePolicy", out JsonElement l) && !IsObject(l)
                        ? null // an intrinsic: unknown
                        : false;
                    parts.Add(new EcrDocumentPart(resource.Name, repository, properties.ValueKind == JsonValueKind.Object ? propertiesPointer : at, true, null, null, null));
                }
            }
        }

        private static EcrDocumentPart PolicyFromString(byte[] utf8, JsonLocator locator, JsonElement text, string pointer, string? resourceName,
            EcrRepository repository, string repositoryPointer, bool pascal, List<RuleDiagnostic> problems, LineIndex lines)
        {
            if (text.ValueKind == JsonValueKind.String)
            {
                EmbeddedText? embedded = locator.Offset(pointer) is long quote ? EmbeddedText.Decode(utf8, quote) : null;
                if (embedded != null)
                {
                    return new EcrDocumentPart(resourceName, repository, repositoryPointer, pascal, LifecyclePolicyReader.Read(embedded.Utf8, embedded.Length), pointer, embedded);
                }
            }
            else if (pascal && text.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                // CloudFormation makes text of a scalar: 5 is the policy text "5" (which TDK9201 then says is no policy).
                byte[] raw = Encoding.UTF8.GetBytes(text.GetRawText());
                return new EcrDocumentPart(resourceName, repository, repositoryPointer, pascal, LifecyclePolicyReader.Read(raw, raw.Length), pointer, null);
            }
            else if (text.ValueKind != JsonValueKind.Null && !IsIntrinsic(text))
            {
                // The policy written as an object (or anything but a string): the API and CloudFormation take a string.
                string what = text.ValueKind == JsonValueKind.Object ? "an object" : text.ValueKind == JsonValueKind.Array ? "an array" : "the JSON value " + text.GetRawText();
                problems.Add(new RuleDiagnostic(RuleIds.LifecyclePolicyText, RuleCatalog.Get(RuleIds.LifecyclePolicyText).DefaultSeverity, PolicyTextNotAString(what),
                    pointer, locator.Locate(pointer)));
            }

            // An intrinsic function (Fn::Sub, Fn::Join, ...): the text is unknown, so nothing is judged.
            return new EcrDocumentPart(resourceName, repository, repositoryPointer, pascal, null, null, null);
        }

        /// <summary>The TDK9201 message for policy text written as a JSON object or list instead of a string holding it.</summary>
        internal static string PolicyTextNotAString(string what) =>
            "The lifecycle policy text must be a JSON string holding the policy (e.g. \"{\\\"rules\\\": [...]}\"), not " + what + "; CloudFormation and PutLifecyclePolicy take it as text.";

        private static EcrRepository ReadRepository(JsonElement settings, bool camel)
        {
            string Name(string member) => camel ? member : EcrDocumentPart.Pascal(member);
            var repository = new EcrRepository { RepositoryName = StringOrNull(settings, Name("repositoryName")) };
            if (settings.TryGetProperty(Name("imageScanningConfiguration"), out JsonElement scanning))
            {
                if (scanning.ValueKind == JsonValueKind.Object && !IsIntrinsic(scanning) && scanning.TryGetProperty(Name("scanOnPush"), out JsonElement scan))
                {
                    bool? value = scan.ValueKind == JsonValueKind.True ? true
                        : scan.ValueKind == JsonValueKind.False ? false
                        : scan.ValueKind == JsonValueKind.String && bool.TryParse(scan.GetString(), out bool parsed) ? parsed // CloudFormation takes "true"
                        : null;
                    repository.ScanOnPush = value;
                    repository.SettingsUnknown |= value is null;
                }
                else
                {
                    repository.SettingsUnknown |= IsIntrinsic(scanning);
                }
            }

            if (settings.TryGetProperty(Name("imageTagMutability"), out JsonElement mutability))
            {
                repository.ImageTagMutability = mutability.ValueKind == JsonValueKind.String ? mutability.GetString() : null;
                repository.SettingsUnknown |= mutability.ValueKind != JsonValueKind.String;
            }

            return repository;
        }

        /// <summary>A member only CreateRepository has (or its repositoryName): how <c>taskdef validate</c> recognises it too.</summary>
        internal static readonly string[] CreateRepositoryMembers =
        {
            "repositoryName", "imageScanningConfiguration", "imageTagMutability", "imageTagMutabilityExclusionFilters", "encryptionConfiguration",
        };

        private static bool IsCreateRepositoryInput(JsonElement root)
        {
            foreach (string member in CreateRepositoryMembers)
            {
                if (root.TryGetProperty(member, out _))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? StringOrNull(JsonElement settings, string name) =>
            settings.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static bool IsObject(JsonElement value) => value.ValueKind == JsonValueKind.Object && !IsIntrinsic(value);

        /// <summary>A CloudFormation intrinsic: an object whose single member is <c>Ref</c> or <c>Fn::…</c>.</summary>
        private static bool IsIntrinsic(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            int count = 0;
            bool intrinsic = false;
            foreach (JsonProperty member in value.EnumerateObject())
            {
                count++;
                intrinsic = member.Name == "Ref" || member.Name.StartsWith("Fn::", StringComparison.Ordinal);
            }

            return count == 1 && intrinsic;
        }

        private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");
    }
}
