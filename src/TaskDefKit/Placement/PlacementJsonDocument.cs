using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Placement
{
    /// <summary>
    /// A placement read from JSON: a placement document, a CreateService/UpdateService/RunTask input, or a bare
    /// documentation fragment. Holds the model, the launch type and scheduling strategy found beside it, what reading
    /// found (TDK0001, TDK0002, TDK1010, TDK1029) with JSON pointers and line/column, and never throws for bad input.
    /// </summary>
    public sealed class PlacementJsonDocument
    {
        private static readonly HashSet<string> ServiceMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            // CreateService, UpdateService and RunTask request members (ECS API model).
            "availabilityZoneRebalancing", "capacityProviderStrategy", "clientToken", "cluster", "count", "deploymentConfiguration",
            "deploymentController", "desiredCount", "enableECSManagedTags", "enableExecuteCommand", "forceNewDeployment", "group",
            "healthCheckGracePeriodSeconds", "launchType", "loadBalancers", "networkConfiguration", "overrides", "platformVersion",
            "propagateTags", "referenceId", "role", "schedulingStrategy", "service", "serviceConnectConfiguration", "serviceName",
            "serviceRegistries", "startedBy", "tags", "taskDefinition", "volumeConfigurations", "vpcLatticeConfigurations",
        };

        private readonly JsonLocator _locator;
        private readonly bool _shifted;

        private PlacementJsonDocument(PlacementDocument? placement, PlacementForm form, PlacementTarget target, IReadOnlyList<RuleDiagnostic> readDiagnostics, string? file, JsonLocator locator, bool shifted)
        {
            Placement = placement;
            Form = form;
            Target = target;
            ReadDiagnostics = readDiagnostics;
            File = file;
            _locator = locator;
            _shifted = shifted;
        }

        /// <summary>The placement, or null when the input is not readable JSON or not an object.</summary>
        public PlacementDocument? Placement { get; }

        public PlacementForm Form { get; }

        /// <summary>The launch type (<c>launchType</c>, or FARGATE for a FARGATE/FARGATE_SPOT capacity-provider strategy) and <c>schedulingStrategy</c> of a service input.</summary>
        public PlacementTarget Target { get; }

        public string? File { get; }

        /// <summary>Findings made while reading, with locations.</summary>
        public IReadOnlyList<RuleDiagnostic> ReadDiagnostics { get; }

        /// <summary>Reads UTF-8 JSON. Never throws for bad input; problems are in <see cref="ReadDiagnostics"/>.</summary>
        public static PlacementJsonDocument Parse(byte[] utf8, string? file = null)
        {
            Guard.ThrowIfNull(utf8, nameof(utf8));
            return Read(utf8, file);
        }

        /// <summary>Reads JSON text. Never throws for bad input.</summary>
        public static PlacementJsonDocument Parse(string json, string? file = null) => Parse(Encoding.UTF8.GetBytes(json), file);

        /// <summary>Reads a file. I/O errors are thrown as usual.</summary>
        public static PlacementJsonDocument Load(string path) => Parse(System.IO.File.ReadAllBytes(path), path);

        /// <summary>
        /// The reading findings, then the TDK5 findings, each with its pointer and line/column. <paramref name="target"/>
        /// overrides what the input says about the launch type and scheduling strategy; give the task definition to count
        /// its constraints too (TDK5010).
        /// </summary>
        public IReadOnlyList<RuleDiagnostic> Validate(ValidationOptions? options = null, PlacementTarget? target = null)
        {
            var all = new List<RuleDiagnostic>(ReadDiagnostics.Count + 4);
            foreach (RuleDiagnostic diagnostic in ReadDiagnostics)
            {
                if (options?.IgnoredRules is null || !options.IgnoredRules.Contains(diagnostic.RuleId))
                {
                    all.Add(diagnostic);
                }
            }

            if (Placement != null)
            {
                PlacementTarget effective = target ?? Target;
                foreach (RuleDiagnostic diagnostic in PlacementValidator.Validate(Placement, effective, options))
                {
                    all.Add(diagnostic.WithLocation(Locate(diagnostic.Pointer)));
                }
            }

            return all;
        }

        /// <summary>Where the value at a pointer starts (or its nearest present ancestor).</summary>
        public SourceLocation? Locate(string pointer) => Shift(_locator.Locate(pointer));

        private SourceLocation? Shift(SourceLocation? location) =>
            location is null || !_shifted || location.Line != 1 ? location : new SourceLocation(location.File, 1, Math.Max(1, location.Column - 1));

        private static PlacementJsonDocument Read(byte[] utf8, string? file)
        {
            // UTF-16/32 with a byte-order mark becomes UTF-8; text that does not decode stays as it is and reads as malformed.
            TextDecoding.TryToUtf8(utf8, out utf8, out _);
            if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                utf8 = utf8.AsSpan(3).ToArray();
            }

            var diagnostics = new List<RuleDiagnostic>();
            bool fragment = FirstSignificant(utf8) == (byte)'"';
            if (fragment)
            {
                // "placementStrategy": [...] as the ECS documentation shows it: read it inside braces, positions shifted back.
                var wrapped = new byte[utf8.Length + 2];
                wrapped[0] = (byte)'{';
                Buffer.BlockCopy(utf8, 0, wrapped, 1, utf8.Length);
                wrapped[wrapped.Length - 1] = (byte)'}';
                utf8 = wrapped;
            }

            var lines = new LineIndex(utf8, file);
            var locator = new JsonLocator(utf8, lines);
            var target = new PlacementTarget();
            PlacementDocument? placement = null;
            PlacementForm form = PlacementForm.Unreadable;
            try
            {
                var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth });
                if (!reader.Read())
                {
                    diagnostics.Add(Diagnostic(RuleIds.MalformedJson, null, "The input is empty; expected a JSON object with placementStrategy and/or placementConstraints.", string.Empty, Location(lines, 0, fragment)));
                }
                else if (reader.TokenType != JsonTokenType.StartObject)
                {
                    diagnostics.Add(Diagnostic(
                        RuleIds.UnrecognisedDocument,
                        null,
                        "The input is a JSON " + reader.TokenType.ToString().Replace("Start", string.Empty).ToLowerInvariant() + ", not an object; a placement document is {\"placementStrategy\": [...], \"placementConstraints\": [...]}.",
                        string.Empty,
                        Location(lines, reader.TokenStartIndex, fragment)));
                }
                else
                {
                    placement = ReadObject(ref reader, utf8, lines, diagnostics, target, fragment, out form);
                    while (reader.Read())
                    {
                    }

                    if (fragment && placement != null)
                    {
                        diagnostics.Insert(0, Diagnostic(
                            RuleIds.MalformedJson,
                            RuleSeverity.Warning,
                            "The input is a bare member without its enclosing braces, as the ECS documentation shows it; it was read as {...}. Wrap it in { } before passing it to the AWS CLI.",
                            string.Empty,
                            new SourceLocation(file, 1, 1)));
                    }
                }
            }
            catch (InvalidJsonTextException exception)
            {
                SourceLocation at = Location(lines, exception.Offset, fragment);
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, null, "The input is not valid JSON text: " + exception.Message + ".", string.Empty, at));
                placement = null;
                form = PlacementForm.Unreadable;
            }
            catch (JsonException exception)
            {
                int line = (int)(exception.LineNumber ?? 0) + 1;
                int column = (int)(exception.BytePositionInLine ?? 0) + 1;
                if (fragment && line == 1)
                {
                    column = Math.Max(1, column - 1);
                }

                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, null, "The input is not valid JSON: " + FirstSentence(exception.Message), string.Empty, new SourceLocation(file, line, column)));
                placement = null;
                form = PlacementForm.Unreadable;
            }
            if (fragment && form != PlacementForm.Unreadable)
            {
                form = PlacementForm.Fragment;
            }

            return new PlacementJsonDocument(placement, form, target, diagnostics, file, locator, fragment);
        }

        private static PlacementDocument? ReadObject(
            ref Utf8JsonReader reader,
            byte[] utf8,
            LineIndex lines,
            List<RuleDiagnostic> diagnostics,
            PlacementTarget target,
            bool fragment,
            out PlacementForm form)
        {
            var placement = new PlacementDocument();
            var binder = new ModelJsonReader(utf8, lines, diagnostics, string.Empty);
            int readFrom = diagnostics.Count;
            bool hasPlacement = false, hasServiceMember = false;
            List<(string Name, long Offset)>? unknown = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = JsonText.GetString(ref reader);
                long nameOffset = reader.TokenStartIndex;
                reader.Read();
                MemberSchema? member = PlacementDocument.Schema.Find(name);
                if (member != null)
                {
                    hasPlacement = true;
                    if (binder.TryReadMember(ref reader, member, out object? value))
                    {
                        member.Set(placement, value);
                    }

                    continue;
                }

                if (ServiceMembers.Contains(name))
                {
                    hasServiceMember = true;
                    ReadTargetMember(ref reader, name, target);
                }
                else
                {
                    (unknown ??= new List<(string, long)>()).Add((name, nameOffset));
                }

                reader.Skip();
            }

            if (fragment)
            {
                // ModelJsonReader located its findings in the wrapped text; shift first-line columns back.
                for (int i = readFrom; i < diagnostics.Count; i++)
                {
                    SourceLocation? location = diagnostics[i].Location;
                    if (location != null && location.Line == 1)
                    {
                        diagnostics[i] = diagnostics[i].WithLocation(new SourceLocation(location.File, 1, Math.Max(1, location.Column - 1)));
                    }
                }
            }

            if (!hasPlacement && !hasServiceMember)
            {
                form = PlacementForm.Unreadable;
                diagnostics.Add(Diagnostic(
                    RuleIds.UnrecognisedDocument,
                    null,
                    "The object has neither placementStrategy nor placementConstraints, nor any CreateService/UpdateService/RunTask member; it is not a placement document.",
                    string.Empty,
                    Location(lines, 0, fragment)));
                return null;
            }

            form = hasServiceMember ? PlacementForm.ServiceInput : PlacementForm.PlacementDocument;
            if (unknown != null)
            {
                foreach ((string name, long offset) in unknown)
                {
                    diagnostics.Add(Diagnostic(
                        RuleIds.UnknownMember,
                        null,
                        "'" + name + "' is not a member of a placement document or of a CreateService, UpdateService or RunTask input; AWS rejects it as an unknown parameter. Remove it or correct the spelling.",
                        JsonPointer.Member(string.Empty, name),
                        Location(lines, offset, fragment)));
                }
            }

            return placement;
        }

        private static void ReadTargetMember(ref Utf8JsonReader reader, string name, PlacementTarget target)
        {
            if (name == "launchType" && reader.TokenType == JsonTokenType.String)
            {
                target.LaunchType = new Compatibility(JsonText.GetString(ref reader));
            }
            else if (name == "schedulingStrategy" && reader.TokenType == JsonTokenType.String)
            {
                target.SchedulingStrategy = new SchedulingStrategy(JsonText.GetString(ref reader));
            }
            else if (name == "capacityProviderStrategy" && reader.TokenType == JsonTokenType.StartArray && target.LaunchType is null)
            {
                Utf8JsonReader copy = reader;
                int depth = copy.CurrentDepth;
                while (copy.Read() && copy.CurrentDepth > depth)
                {
                    if (copy.TokenType == JsonTokenType.PropertyName && JsonText.GetString(ref copy) == "capacityProvider" && copy.Read() && copy.TokenType == JsonTokenType.String)
                    {
                        string provider = JsonText.GetString(ref copy);
                        if (provider == "FARGATE" || provider == "FARGATE_SPOT")
                        {
                            target.LaunchType = Compatibility.Fargate;
                        }
                    }
                }
            }
        }

        private static byte FirstSignificant(byte[] utf8)
        {
            foreach (byte b in utf8)
            {
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return b;
                }
            }

            return 0;
        }

        private static SourceLocation Location(LineIndex lines, long offset, bool shifted)
        {
            SourceLocation location = lines.Locate(offset);
            return shifted && location.Line == 1 ? new SourceLocation(location.File, 1, Math.Max(1, location.Column - 1)) : location;
        }

        private static RuleDiagnostic Diagnostic(string ruleId, RuleSeverity? severity, string message, string pointer, SourceLocation? location) =>
            new RuleDiagnostic(ruleId, severity ?? RuleCatalog.Get(ruleId).DefaultSeverity, message, pointer, location);

        private static string FirstSentence(string message)
        {
            int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            }

            return (cut > 0 ? message.Substring(0, cut) : message).Trim();
        }
    }
}
