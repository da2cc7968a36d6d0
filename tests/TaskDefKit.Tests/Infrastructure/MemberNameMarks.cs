using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text.RegularExpressions;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Infrastructure
{
    /// <summary>
    /// Every finding a rule test sees must name model members through <see cref="MemberName.Mark"/>, so that a
    /// CloudFormation report can say <c>PortMappings</c> and a Terraform one <c>network_mode</c>. The rule-test helpers
    /// (<see cref="RuleAssert"/>, PlacementAssert, ServiceAssert) check each finding they get, so a new rule (or a new
    /// message in an old one) that writes a member name as plain text fails its own tests; no list of rules to keep.
    /// </summary>
    public static class MemberNameMarks
    {
        // The member names a message can name without ambiguity: camelCase names of two words or more (portMappings,
        // networkMode). A one-word name (memory, user) is also an English word, so it counts only where the message
        // writes it as a JSON setting ("essential": false).
        private static readonly Lazy<HashSet<string>> s_names = new Lazy<HashSet<string>>(ModelMemberNames);

        private static readonly Regex s_marked = new Regex("\uE000[^\uE001]*\uE001", RegexOptions.CultureInvariant);

        // A quotation of AWS's own text ("Invalid 'containerPort' setting") keeps AWS's words; it contains a space.
        private static readonly Regex s_quotation = new Regex("\"[^\"]* [^\"]*\"", RegexOptions.CultureInvariant);

        // A JSON pointer (/containerDefinitions/0) says where, in the register input's terms; it is not a name to rename.
        private static readonly Regex s_pointer = new Regex(@"(?<=[\s(])/[A-Za-z0-9/_~*-]*", RegexOptions.CultureInvariant);

        private static readonly Regex s_camelCase = new Regex(@"(?<![\w:-])[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*(?![\w(-])", RegexOptions.CultureInvariant);

        private static readonly Regex s_jsonSetting = new Regex("\"([a-z][A-Za-z0-9]*)\":", RegexOptions.CultureInvariant);

        /// <summary>The member names written in <paramref name="markedMessage"/> without a mark.</summary>
        public static IReadOnlyList<string> Unmarked(string markedMessage)
        {
            HashSet<string> names = s_names.Value;
            string text = s_pointer.Replace(s_marked.Replace(markedMessage, "\uE000"), string.Empty);
            var found = new List<string>();
            foreach (Match setting in s_jsonSetting.Matches(text))
            {
                if (names.Contains(setting.Groups[1].Value))
                {
                    found.Add(setting.Groups[1].Value);
                }
            }

            foreach (Match word in s_camelCase.Matches(s_quotation.Replace(text, "\"\"")))
            {
                if (names.Contains(word.Value))
                {
                    found.Add(word.Value);
                }
            }

            return found;
        }

        /// <summary>Fails when a finding names a member without a mark.</summary>
        public static void AssertMarked(IEnumerable<RuleDiagnostic> findings)
        {
            foreach (RuleDiagnostic finding in findings)
            {
                IReadOnlyList<string> unmarked = Unmarked(finding.MarkedMessage);
                Assert.True(unmarked.Count == 0,
                    finding.RuleId + " names " + string.Join(", ", unmarked) + " without MemberName.Mark, so a CloudFormation or Terraform report cannot rename it: " + finding.Message);
            }
        }

        /// <summary>The JSON member names of the ECS models (task definition, services, placement), by their schemas.</summary>
        private static HashSet<string> ModelMemberNames()
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (Type type in typeof(TaskDefinition).Assembly.GetTypes())
            {
                if (type.GetProperty("Schema", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is ClassSchema schema)
                {
                    foreach (MemberSchema member in schema.Members)
                    {
                        if (char.IsLower(member.JsonName[0]))
                        {
                            names.Add(member.JsonName);
                        }
                    }
                }
            }

            return names;
        }
    }
}
