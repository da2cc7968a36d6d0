using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TaskDefKit.Iam
{
    /// <summary>One <c>Allow</c> statement of a derived policy: its Sid, actions, resources and an optional condition.</summary>
    public sealed class IamStatement
    {
        public IamStatement(string sid, IEnumerable<string> actions, IEnumerable<string> resources,
            string? conditionOperator = null, string? conditionKey = null, string? conditionValue = null)
        {
            Sid = sid;
            Actions = actions.Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
            Resources = resources.Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList();
            ConditionOperator = conditionOperator;
            ConditionKey = conditionKey;
            ConditionValue = conditionValue;
        }

        public string Sid { get; }

        /// <summary>Actions, sorted.</summary>
        public IReadOnlyList<string> Actions { get; }

        /// <summary>Resource ARNs (placeholders in angle brackets where a value is unknown), sorted.</summary>
        public IReadOnlyList<string> Resources { get; }

        public string? ConditionOperator { get; }

        public string? ConditionKey { get; }

        public string? ConditionValue { get; }
    }

    /// <summary>
    /// A derived IAM policy: its statements, the advice that cannot be a statement (a customer managed KMS key, unknown
    /// values), and the placeholders to fill in before use. <see cref="ToJson"/> writes the policy document
    /// (<c>Version 2012-10-17</c>), the same bytes for the same definition.
    /// </summary>
    public sealed class IamPolicyDocument
    {
        /// <summary>The IAM policy language version every derived document uses.</summary>
        public const string Version = "2012-10-17";

        internal IamPolicyDocument(IReadOnlyList<IamStatement> statements, IReadOnlyList<string> advice, IReadOnlyList<string> placeholders)
        {
            Statements = statements;
            Advice = advice;
            Placeholders = placeholders;
        }

        /// <summary>The statements, in a fixed order (by purpose), empty when the role needs nothing.</summary>
        public IReadOnlyList<IamStatement> Statements { get; }

        /// <summary>What the policy cannot say by itself (e.g. <c>kms:Decrypt</c> for a customer managed key), one sentence each.</summary>
        public IReadOnlyList<string> Advice { get; }

        /// <summary>The placeholders the resources contain (<c>&lt;REGION&gt;</c>, <c>&lt;ACCOUNT_ID&gt;</c>, unknown values), sorted.</summary>
        public IReadOnlyList<string> Placeholders { get; }

        /// <summary>The policy document as indented JSON with <c>\n</c> line ends and a final newline.</summary>
        public string ToJson()
        {
            using var stream = new MemoryStream();
            var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var writer = new Utf8JsonWriter(stream, options))
            {
                writer.WriteStartObject();
                writer.WriteString("Version", Version);
                writer.WriteStartArray("Statement");
                foreach (IamStatement statement in Statements)
                {
                    writer.WriteStartObject();
                    writer.WriteString("Sid", statement.Sid);
                    writer.WriteString("Effect", "Allow");
                    WriteOneOrMany(writer, "Action", statement.Actions);
                    WriteOneOrMany(writer, "Resource", statement.Resources);
                    if (statement.ConditionOperator != null)
                    {
                        writer.WriteStartObject("Condition");
                        writer.WriteStartObject(statement.ConditionOperator);
                        writer.WriteString(statement.ConditionKey!, statement.ConditionValue);
                        writer.WriteEndObject();
                        writer.WriteEndObject();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void WriteOneOrMany(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
        {
            if (values.Count == 1)
            {
                writer.WriteString(name, values[0]);
                return;
            }

            writer.WriteStartArray(name);
            foreach (string value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }
    }
}
