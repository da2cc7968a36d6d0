using System.Globalization;
using System.Text;

namespace TaskDefKit.Cli.Output
{
    /// <summary>
    /// Text from inputs (file names, values quoted in messages) made safe for a one-line-per-finding log: control
    /// characters are escaped, so a file named "x.json\n a.json:1:1: error …" cannot forge a finding line and an
    /// escape sequence cannot recolour the terminal; and a message quoting a multi-megabyte value is shortened.
    /// </summary>
    internal static class TerminalText
    {
        /// <summary>Longest message printed whole; longer ones keep their start and end (the fix is usually last).</summary>
        public const int MaxMessageLength = 1000;

        /// <summary>One line: C0/C1 controls, DEL and bidirectional overrides as \n, \t, \u001b …; the rest as is.</summary>
        public static string Line(string text)
        {
            int first = 0;
            while (first < text.Length && !NeedsEscape(text[first]))
            {
                first++;
            }

            if (first == text.Length)
            {
                return text;
            }

            var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (!NeedsEscape(c))
                {
                    escaped.Append(c);
                    continue;
                }

                escaped.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }

            return escaped.ToString();
        }

        /// <summary>A message of at most about <see cref="MaxMessageLength"/> characters, saying how much was left out.</summary>
        public static string Shorten(string message)
        {
            if (message.Length <= MaxMessageLength)
            {
                return message;
            }

            int keep = MaxMessageLength / 2;
            int end = message.Length - keep;
            if (char.IsLowSurrogate(message[end]))
            {
                end++;
            }

            int start = char.IsHighSurrogate(message[keep - 1]) ? keep - 1 : keep;
            return message.Substring(0, start) + " … (" + (end - start).ToString(CultureInfo.InvariantCulture) + " characters left out) … " + message.Substring(end);
        }

        private static bool NeedsEscape(char c) =>
            c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
