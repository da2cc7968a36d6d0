using System;
using System.Globalization;

namespace TaskDefKit.Validation.Support
{
    /// <summary>
    /// The schedule expression grammar of EventBridge rules, EventBridge Scheduler and Application Auto Scaling scheduled
    /// actions: <c>rate(value unit)</c>, <c>cron(six fields)</c> and (Scheduler, scaling) <c>at(yyyy-mm-ddThh:mm:ss)</c>.
    /// </summary>
    /// <remarks>
    /// EventBridge User Guide, "Using cron and rate expressions to schedule rules": six required fields, the field value
    /// ranges and wildcards, "You can't specify the Day-of-month and Day-of-week fields in the same cron expression. If
    /// you specify a value or a * in one of the fields, you must use a ? in the other"; rate: a positive whole number,
    /// unit minute(s), hour(s), day(s), singular exactly when the value is 1.
    /// </remarks>
    internal static class ScheduleExpressions
    {
        private static readonly string[] Months = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };
        private static readonly string[] Days = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" };

        /// <summary>Null when <paramref name="expression"/> is valid; otherwise what is wrong, as a sentence.</summary>
        public static string? Problem(string expression, bool allowAt)
        {
            string text = expression.Trim();
            if (text.StartsWith("rate(", StringComparison.Ordinal) && text.EndsWith(")", StringComparison.Ordinal))
            {
                return RateProblem(text.Substring(5, text.Length - 6));
            }

            if (text.StartsWith("cron(", StringComparison.Ordinal) && text.EndsWith(")", StringComparison.Ordinal))
            {
                return CronProblem(text.Substring(5, text.Length - 6));
            }

            if (text.StartsWith("at(", StringComparison.Ordinal) && text.EndsWith(")", StringComparison.Ordinal))
            {
                if (!allowAt)
                {
                    return "at() one-time schedules are not accepted here; use rate() or cron().";
                }

                return DateTime.TryParseExact(text.Substring(3, text.Length - 4), "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null
                    : "at() takes a date and time as yyyy-mm-ddThh:mm:ss, e.g. at(2026-12-31T23:00:00).";
            }

            return "'" + expression + "' is not a schedule expression: use rate(value unit), cron(minutes hours day-of-month month day-of-week year)"
                + (allowAt ? " or at(yyyy-mm-ddThh:mm:ss)." : ".");
        }

        private static string? RateProblem(string body)
        {
            string[] parts = body.Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                return "rate() takes a value and a unit, e.g. rate(5 minutes).";
            }

            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value <= 0)
            {
                return "rate() takes a positive whole number; '" + parts[0] + "' is not one.";
            }

            string unit = parts[1];
            string singular = unit.EndsWith("s", StringComparison.Ordinal) ? unit.Substring(0, unit.Length - 1) : unit;
            if (singular != "minute" && singular != "hour" && singular != "day")
            {
                return "rate() takes the unit minute(s), hour(s) or day(s); '" + unit + "' is not one.";
            }

            bool plural = unit.Length != singular.Length;
            if (value == 1 && plural)
            {
                return "rate(1 " + unit + ") needs the singular unit: rate(1 " + singular + ").";
            }

            if (value > 1 && !plural)
            {
                return "rate(" + value.ToString(CultureInfo.InvariantCulture) + " " + unit + ") needs the plural unit: " + singular + "s.";
            }

            return null;
        }

        private static string? CronProblem(string body)
        {
            string[] fields = body.Trim().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 6)
            {
                return "cron() takes six fields (minutes hours day-of-month month day-of-week year); this one has " + fields.Length + ".";
            }

            string dayOfMonth = fields[2];
            string dayOfWeek = fields[4];
            if ((dayOfMonth == "?") == (dayOfWeek == "?"))
            {
                return "cron(): exactly one of day-of-month ('" + dayOfMonth + "') and day-of-week ('" + dayOfWeek + "') must be '?'.";
            }

            return FieldProblem("minutes", fields[0], 0, 59, null, "")
                ?? FieldProblem("hours", fields[1], 0, 23, null, "")
                ?? FieldProblem("day-of-month", dayOfMonth, 1, 31, null, "?LW")
                ?? FieldProblem("month", fields[3], 1, 12, Months, "")
                ?? FieldProblem("day-of-week", dayOfWeek, 1, 7, Days, "?L#")
                ?? FieldProblem("year", fields[5], 1970, 2199, null, "");
        }

        private static string? FieldProblem(string name, string field, int min, int max, string[]? names, string specials)
        {
            if (field == "?" && specials.IndexOf('?') >= 0)
            {
                return null;
            }

            foreach (string item in field.Split(','))
            {
                if (!ItemValid(item, min, max, names, specials))
                {
                    return "cron(): the " + name + " field '" + field + "' is not valid (values " + min + "-" + max + (names != null ? " or " + names[0] + "-" + names[names.Length - 1] : string.Empty) + ").";
                }
            }

            return null;
        }

        private static bool ItemValid(string item, int min, int max, string[]? names, string specials)
        {
            if (item == "*")
            {
                return true;
            }

            if (specials.IndexOf('L') >= 0 && (item == "L" || (specials.IndexOf('W') >= 0 && item == "LW")))
            {
                return true;
            }

            int slash = item.IndexOf('/');
            if (slash >= 0)
            {
                string start = item.Substring(0, slash);
                return (start == "*" || RangeValid(start, min, max, names)) && int.TryParse(item.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int step) && step > 0;
            }

            if (specials.IndexOf('W') >= 0 && item.EndsWith("W", StringComparison.Ordinal))
            {
                return Value(item.Substring(0, item.Length - 1), min, max, null);
            }

            if (specials.IndexOf('L') >= 0 && item.EndsWith("L", StringComparison.Ordinal) && item.Length > 1)
            {
                return Value(item.Substring(0, item.Length - 1), min, max, names);
            }

            int hash = item.IndexOf('#');
            if (specials.IndexOf('#') >= 0 && hash > 0)
            {
                return Value(item.Substring(0, hash), min, max, names)
                    && int.TryParse(item.Substring(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int nth) && nth >= 1 && nth <= 5;
            }

            return RangeValid(item, min, max, names);
        }

        private static bool RangeValid(string item, int min, int max, string[]? names)
        {
            int dash = item.IndexOf('-');
            return dash > 0
                ? Value(item.Substring(0, dash), min, max, names) && Value(item.Substring(dash + 1), min, max, names)
                : Value(item, min, max, names);
        }

        private static bool Value(string text, int min, int max, string[]? names)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                return number >= min && number <= max;
            }

            return names != null && Array.IndexOf(names, text.ToUpperInvariant()) >= 0;
        }
    }
}
