using System;
using System.Text;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Member names inside finding messages, kept as names rather than as text: a rule writes
    /// <c>MemberName.Mark("portMappings")</c>, and whoever shows the message names the member the way the input
    /// does (<see cref="RuleDiagnostic.Message"/>: the register-input JSON name; a CloudFormation report:
    /// <c>PortMappings</c>, as the template spells it). The marks are two private-use characters that never reach
    /// the user.
    /// </summary>
    public static class MemberName
    {
        private const char Open = '\uE000';
        private const char Close = '\uE001';

        /// <summary>The register-input (camelCase) name <paramref name="jsonName"/>, marked as a member name.</summary>
        public static string Mark(string jsonName) => Open + jsonName + Close;

        /// <summary>The message with every marked name replaced by <paramref name="name"/>(json name).</summary>
        public static string Render(string message, Func<string, string> name)
        {
            Guard.ThrowIfNull(message, nameof(message));
            Guard.ThrowIfNull(name, nameof(name));
            int open = message.IndexOf(Open);
            if (open < 0)
            {
                return message;
            }

            var text = new StringBuilder(message.Length);
            int from = 0;
            while (open >= 0)
            {
                int close = message.IndexOf(Close, open + 1);
                if (close < 0)
                {
                    break;
                }

                text.Append(message, from, open - from);
                text.Append(name(message.Substring(open + 1, close - open - 1)));
                from = close + 1;
                open = message.IndexOf(Open, from);
            }

            text.Append(message, from, message.Length - from);
            return text.ToString();
        }
    }
}
