using TaskDefKit.Model;

namespace TaskDefKit.Validation.Support
{
    /// <summary>Port-mapping helpers for the TDK4xxx rules: allocation-free range parsing and protocol defaults.</summary>
    internal static class Tdk4Ports
    {
        /// <summary>
        /// Parses <c>containerPortRange</c> as <c>^([0-9]{1,5})-([0-9]{1,5})$</c> (TDK4009's syntax) without checking the
        /// bounds; false when the text does not have that shape.
        /// </summary>
        public static bool TryParseRange(string? text, out int start, out int end)
        {
            start = 0;
            end = 0;
            if (text is null)
            {
                return false;
            }

            int dash = text.IndexOf('-');
            if (dash < 1 || dash > 5 || text.Length - dash - 1 < 1 || text.Length - dash - 1 > 5)
            {
                return false;
            }

            return TryDigits(text, 0, dash, out start) && TryDigits(text, dash + 1, text.Length, out end);
        }

        /// <summary>Parses a range that also passes TDK4009 (both ends 1–65535, start &lt; end).</summary>
        public static bool TryParseValidRange(string? text, out int start, out int end) =>
            TryParseRange(text, out start, out end) && start >= 1 && end <= TaskDefKit.Rules.Limits.MaxPort && start < end;

        /// <summary>The mapping's protocol, <c>tcp</c> when omitted.</summary>
        public static string Protocol(PortMapping mapping) => mapping.Protocol.HasValue ? mapping.Protocol.Value.Value : "tcp";

        /// <summary>Both mappings use the same transport protocol (omitted counts as <c>tcp</c>).</summary>
        public static bool SameProtocol(PortMapping a, PortMapping b) =>
            string.Equals(Protocol(a), Protocol(b), System.StringComparison.Ordinal);

        /// <summary>The effective network mode is <c>awsvpc</c>, or the task targets Fargate (which only runs awsvpc).</summary>
        public static bool UsesAwsVpc(ValidationContext context) => context.IsAwsVpc || context.IsFargate;

        private static bool TryDigits(string text, int from, int to, out int value)
        {
            value = 0;
            for (int i = from; i < to; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return to > from;
        }
    }
}
