using System;
using System.Globalization;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Parses the string forms of task-level <c>cpu</c> and <c>memory</c> (TDK1011, TDK1012): plain units
    /// (<c>"1024"</c>) or unit expressions (<c>"1 vCPU"</c>, <c>".25 vcpu"</c>, <c>"2GB"</c>, <c>"0.5 GB"</c>),
    /// which AWS converts at registration (vCPU × 1024 units, GB × 1024 MiB).
    /// </summary>
    public static class TaskSize
    {
        /// <summary>Task cpu in CPU units; false when the string is neither form.</summary>
        public static bool TryParseCpu(string text, out int units) => TryParse(text, "vcpu", out units);

        /// <summary>Task memory in MiB; false when the string is neither form.</summary>
        public static bool TryParseMemory(string text, out int mebibytes) => TryParse(text, "gb", out mebibytes);

        private static bool TryParse(string text, string unit, out int value)
        {
            value = 0;
            string trimmed = text.Trim();
            if (trimmed.Length == 0 || trimmed.Length != text.Length)
            {
                return false;
            }

            if (IsDigits(trimmed))
            {
                return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            }

            if (trimmed.Length <= unit.Length || !trimmed.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            string number = trimmed.Substring(0, trimmed.Length - unit.Length).TrimEnd();
            if (!IsDecimal(number) ||
                !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount))
            {
                return false;
            }

            decimal scaled = amount * 1024m;
            if (scaled != decimal.Truncate(scaled) || scaled > int.MaxValue)
            {
                return false;
            }

            value = (int)scaled;
            return true;
        }

        private static bool IsDigits(string s)
        {
            foreach (char c in s)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // ^([0-9]+|[0-9]*\.[0-9]+)$
        private static bool IsDecimal(string s)
        {
            int dot = s.IndexOf('.');
            if (dot < 0)
            {
                return s.Length > 0 && IsDigits(s);
            }

            string whole = s.Substring(0, dot);
            string fraction = s.Substring(dot + 1);
            return IsDigits(whole) && fraction.Length > 0 && IsDigits(fraction);
        }
    }
}
