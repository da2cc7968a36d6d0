using System;
using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Model;

namespace TaskDefKit.Validation.Support
{
    /// <summary>Small checks shared by the container-definition rules (TDK2xxx).</summary>
    internal static class Tdk2Helpers
    {
        /// <summary><c>^[A-Za-z0-9_-]{1,255}$</c>: container names and link aliases.</summary>
        public static bool IsValidName(string? name)
        {
            if (name is null || name.Length == 0 || name.Length > global::TaskDefKit.Rules.Limits.MaxNameLength)
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!IsNameChar(c))
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsNameChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

        /// <summary>How a container is called in messages: <c>'web'</c>, or <c>#2</c> when it has no name.</summary>
        public static string Describe(ContainerDefinition container, int index) =>
            string.IsNullOrEmpty(container.Name)
                ? "#" + index.ToString(CultureInfo.InvariantCulture)
                : "'" + container.Name + "'";

        public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static bool IsNullOrWhiteSpace(string? value)
        {
            if (value is null)
            {
                return true;
            }

            foreach (char c in value)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
        public static bool IsDigits(string value, int start, int length)
        {
            if (length <= 0)
            {
                return false;
            }

            for (int i = start; i < start + length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
