using System;
using System.Text;
using System.Text.RegularExpressions;

namespace TaskDefKit.Validation.Support
{
    /// <summary>
    /// Recognises secrets by their value, the way secret scanners (Trivy's, gitleaks) do: known credential formats first,
    /// then long random-looking tokens. Tuned against false positives on the values task definitions really carry —
    /// image digests, UUIDs, git SHAs and other hex hashes, ARNs, URLs, paths, versions and base64-encoded configuration —
    /// because a warning on a digest teaches people to ignore the rule.
    /// </summary>
    internal static class SecretValueScanner
    {
        private static readonly (string Kind, Regex Pattern)[] s_formats =
        {
            ("an AWS access key ID", new Regex("^(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}$", RegexOptions.CultureInvariant)),
            ("a private key", new Regex("-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----", RegexOptions.CultureInvariant)),
            ("a GitHub token", new Regex("^(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})$", RegexOptions.CultureInvariant)),
            ("a GitLab token", new Regex("^glpat-[A-Za-z0-9_-]{20,}$", RegexOptions.CultureInvariant)),
            ("a Slack token", new Regex("^xox[abposr]-[0-9A-Za-z-]{10,}$", RegexOptions.CultureInvariant)),
            ("a Slack webhook URL", new Regex("^https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+$", RegexOptions.CultureInvariant)),
            ("a Stripe secret key", new Regex("^(sk|rk)_live_[0-9A-Za-z]{16,}$", RegexOptions.CultureInvariant)),
            ("a Google API key", new Regex("^AIza[0-9A-Za-z_-]{35}$", RegexOptions.CultureInvariant)),
            ("a SendGrid API key", new Regex("^SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}$", RegexOptions.CultureInvariant)),
            ("an npm token", new Regex("^npm_[A-Za-z0-9]{36}$", RegexOptions.CultureInvariant)),
            ("a JSON Web Token", new Regex("^eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}$", RegexOptions.CultureInvariant)),
            // Placeholders and well-known local defaults (RabbitMQ's guest:guest) are not secrets.
            ("a password inside a connection URL", new Regex("^[a-z][a-z0-9+.-]*://[^:/@\\s]+:(?!\\$\\{|\\{\\{|<|\\*+@|password@|pass@|changeme@|guest@)[^@/\\s]{3,}@", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)),
        };

        /// <summary>What the value looks like (for the message), or null when it does not look like a secret.</summary>
        public static string? Classify(string value)
        {
            if (value.Length < 16 || value.Length > 4096)
            {
                return null;
            }

            foreach ((string kind, Regex pattern) in s_formats)
            {
                if (pattern.IsMatch(value))
                {
                    return kind;
                }
            }

            return LooksLikeRandomToken(value) ? "a random-looking token (high entropy)" : null;
        }

        /// <summary>
        /// A long unbroken token of letters and digits (plus base64 punctuation) that mixes upper case, lower case and
        /// digits with high character entropy — and is not hex, not words joined by dashes or underscores (CloudFormation's
        /// generated names such as <c>stack-UserTable-14EXNJ76G4F4W</c>) and not base64 that decodes to readable text.
        /// </summary>
        private static bool LooksLikeRandomToken(string value)
        {
            if (value.Length < 20 || value.Length > 512)
            {
                return false;
            }

            foreach (char c in value)
            {
                if (!IsLetterOrDigit(c) && c != '+' && c != '/' && c != '=' && c != '-' && c != '_')
                {
                    return false; // spaces, dots, colons: prose, versions, hosts, ARNs, digests ("sha256:..."), URLs
                }
            }

            // Judge the longest dash/underscore-free run: a random token is one long run, generated names are short parts.
            string run = LongestRun(value);
            if (run.Length < 20 || (run.IndexOf('/') >= 0 && run.Split('/').Length > 3))
            {
                return false;
            }

            bool upper = false, lower = false, digit = false;
            foreach (char c in run)
            {
                upper |= c >= 'A' && c <= 'Z';
                lower |= c >= 'a' && c <= 'z';
                digit |= c >= '0' && c <= '9';
            }

            // Hex (digests, git SHAs, UUIDs) and identifiers never have all three classes.
            if (!(upper && lower && digit))
            {
                return false;
            }

            // A random run of n characters from ~62 symbols has entropy close to log2(n); words and names fall well short.
            double threshold = Math.Min(4.2, Math.Log(run.Length, 2) - 0.45);
            return ShannonEntropy(run) >= threshold && !IsBase64OfText(value);
        }

        private static bool IsLetterOrDigit(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

        private static string LongestRun(string value)
        {
            int bestStart = 0, bestLength = 0, start = 0;
            for (int i = 0; i <= value.Length; i++)
            {
                if (i == value.Length || value[i] == '-' || value[i] == '_')
                {
                    if (i - start > bestLength)
                    {
                        bestStart = start;
                        bestLength = i - start;
                    }

                    start = i + 1;
                }
            }

            return value.Substring(bestStart, bestLength);
        }

        private static double ShannonEntropy(string value)
        {
            int[] counts = new int[128]; // only values that passed every cheaper test get here
            foreach (char c in value)
            {
                counts[c & 127]++;
            }

            double entropy = 0;
            foreach (int count in counts)
            {
                if (count > 0)
                {
                    double p = (double)count / value.Length;
                    entropy -= p * Math.Log(p, 2);
                }
            }

            return entropy;
        }

        /// <summary>Base64 that decodes to printable UTF-8 text is encoded configuration (JSON, YAML, a script), not a key.</summary>
        private static bool IsBase64OfText(string value)
        {
            if (value.Length % 4 != 0)
            {
                return false;
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(value);
            }
            catch (FormatException)
            {
                return false;
            }

            int printable = 0;
            foreach (byte b in bytes)
            {
                if ((b >= 0x20 && b < 0x7F) || b == '\n' || b == '\r' || b == '\t')
                {
                    printable++;
                }
            }

            return bytes.Length > 0 && printable == bytes.Length;
        }
    }
}
