using System;
using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>Reads one operation input object with the model's schema. Never throws for bad input.</summary>
    internal static class EcsInputReader
    {
        public static EcsInputDocument<T> Read<T>(byte[] utf8, string? file, ClassSchema schema, string what)
            where T : class
        {
            if (!TextDecoding.TryToUtf8(utf8, out utf8, out string? encodingProblem))
            {
                var unreadable = new LineIndex(utf8, file);
                return Failed<T>(file, Diagnostic(RuleIds.MalformedJson, "The input cannot be read: " + encodingProblem + ".", unreadable.Locate(0)));
            }

            if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                utf8 = utf8.AsSpan(3).ToArray();
            }

            var lines = new LineIndex(utf8, file);
            var diagnostics = new List<RuleDiagnostic>();
            T? value = null;
            try
            {
                var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth });
                if (!reader.Read())
                {
                    diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is empty; expected a JSON object.", lines.Locate(0)));
                }
                else if (reader.TokenType != JsonTokenType.StartObject)
                {
                    diagnostics.Add(Diagnostic(
                        RuleIds.UnrecognisedDocument,
                        "The input is a JSON " + reader.TokenType.ToString().Replace("Start", string.Empty).ToLowerInvariant() + ", not an object; " + what + " is a JSON object.",
                        lines.Locate(reader.TokenStartIndex)));
                }
                else
                {
                    value = (T)new ModelJsonReader(utf8, lines, diagnostics, string.Empty).ReadObject(ref reader, schema);

                    // Trailing content after the object is malformed JSON; Read() throws for it.
                    while (reader.Read())
                    {
                    }
                }
            }
            catch (InvalidJsonTextException exception)
            {
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is not valid JSON text: " + exception.Message + ".", lines.Locate(exception.Offset)));
                value = null;
            }
            catch (JsonException exception)
            {
                var location = new SourceLocation(file, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1);
                diagnostics.Add(Diagnostic(RuleIds.MalformedJson, "The input is not valid JSON: " + FirstSentence(exception.Message), location));
                value = null;
            }

            return new EcsInputDocument<T>(value, diagnostics, file);
        }

        private static EcsInputDocument<T> Failed<T>(string? file, RuleDiagnostic diagnostic)
            where T : class => new EcsInputDocument<T>(null, new[] { diagnostic }, file);

        private static RuleDiagnostic Diagnostic(string ruleId, string message, SourceLocation? location) =>
            new RuleDiagnostic(ruleId, RuleCatalog.Get(ruleId).DefaultSeverity, message, string.Empty, location);

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
