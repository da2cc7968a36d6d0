using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>Turns the API model's HTML documentation into one XML-doc-safe summary sentence.</summary>
    internal static class Docs
    {
        private static readonly Regex s_tags = new Regex("<[^>]+>", RegexOptions.CultureInvariant);
        private static readonly Regex s_paragraphs = new Regex("</?(p|li|ul|ol|br)\\s*/?>", RegexOptions.CultureInvariant);
        private static readonly Regex s_space = new Regex("\\s+", RegexOptions.CultureInvariant);

        public static string FirstSentence(string? html, string fallback)
        {
            if (string.IsNullOrWhiteSpace(html))
            {
                return fallback;
            }

            // Paragraph tags become spaces; inline tags (<code>, <i>) vanish so "<code>true</code>," stays "true,".
            string text = s_paragraphs.Replace(html, " ");
            text = s_space.Replace(WebUtility.HtmlDecode(s_tags.Replace(text, string.Empty)), " ").Trim();
            int end = text.IndexOf(". ", System.StringComparison.Ordinal);
            string sentence = end >= 0 ? text.Substring(0, end + 1) : text;
            return sentence.Length == 0 ? fallback : Escape(sentence);
        }

        public static string Escape(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
            }

            return sb.ToString();
        }
    }
}
