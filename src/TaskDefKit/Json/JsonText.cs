using System;
using System.Text.Json;

namespace TaskDefKit.Json
{
    /// <summary>
    /// The one place JSON strings are decoded. <see cref="Utf8JsonReader.GetString"/> and
    /// <see cref="Utf8JsonReader.ValueTextEquals(string)"/> throw <see cref="InvalidOperationException"/> (not
    /// <see cref="JsonException"/>) for text that is legal JSON but not Unicode: a lone surrogate escape such as
    /// <c>"\ud800"</c>, or bytes that are not UTF-8. Here that becomes <see cref="InvalidJsonTextException"/>, a
    /// <see cref="JsonException"/> that knows the offset of the offending text, so every reader reports it as malformed
    /// input at the right line and column.
    /// </summary>
    internal static class JsonText
    {
        /// <summary>The current string or property name; throws <see cref="InvalidJsonTextException"/> for non-Unicode text.</summary>
        public static string GetString(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException) when (reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.PropertyName)
            {
                throw Invalid(ref reader);
            }
        }

        /// <summary>Whether the current string or property name is <paramref name="text"/>; throws like <see cref="GetString"/>.</summary>
        public static bool TextEquals(ref Utf8JsonReader reader, string text)
        {
            try
            {
                return reader.ValueTextEquals(text);
            }
            catch (InvalidOperationException)
            {
                throw Invalid(ref reader);
            }
        }

        private static InvalidJsonTextException Invalid(ref Utf8JsonReader reader)
        {
            ReadOnlySpan<byte> raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
            // ValueSpan starts after the opening quote.
            long start = reader.TokenStartIndex + 1;
            int escape = FindSurrogateEscape(raw);
            if (escape >= 0)
            {
                string text = System.Text.Encoding.ASCII.GetString(raw.Slice(escape, 6).ToArray());
                return new InvalidJsonTextException(
                    "the escape '" + text + "' is a lone surrogate, which is not a Unicode character (write the character itself, or a complete surrogate pair)",
                    start + escape);
            }

            return new InvalidJsonTextException("the string holds bytes that are not valid UTF-8; save the file as UTF-8", start + FindInvalidUtf8(raw));
        }

        /// <summary>The offset of the first <c>\uD800</c>–<c>\uDFFF</c> escape that is not part of a high–low pair; -1 if none.</summary>
        private static int FindSurrogateEscape(ReadOnlySpan<byte> raw)
        {
            for (int i = 0; i + 5 < raw.Length; i++)
            {
                if (raw[i] != (byte)'\\')
                {
                    continue;
                }

                if (raw[i + 1] != (byte)'u')
                {
                    i++; // skip the escaped character (it may be a backslash)
                    continue;
                }

                int unit = Hex(raw.Slice(i + 2, 4));
                if (unit >= 0xD800 && unit <= 0xDBFF && i + 11 < raw.Length && raw[i + 6] == (byte)'\\' && raw[i + 7] == (byte)'u')
                {
                    int low = Hex(raw.Slice(i + 8, 4));
                    if (low >= 0xDC00 && low <= 0xDFFF)
                    {
                        i += 11;
                        continue;
                    }
                }

                if (unit >= 0xD800 && unit <= 0xDFFF)
                {
                    return i;
                }

                i += 5;
            }

            return -1;
        }

        private static int Hex(ReadOnlySpan<byte> digits)
        {
            int value = 0;
            foreach (byte b in digits)
            {
                int digit = b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
                if (digit < 0)
                {
                    return -1;
                }

                value = (value * 16) + digit;
            }

            return value;
        }

        private static int FindInvalidUtf8(ReadOnlySpan<byte> raw)
        {
            int i = 0;
            while (i < raw.Length)
            {
                System.Buffers.OperationStatus status = System.Text.Rune.DecodeFromUtf8(raw.Slice(i), out _, out int consumed);
                if (status != System.Buffers.OperationStatus.Done)
                {
                    return i;
                }

                i += consumed;
            }

            return 0;
        }
    }

    /// <summary>A JSON string that is legal JSON text but not Unicode, with the byte offset where it goes wrong.</summary>
    internal sealed class InvalidJsonTextException : JsonException
    {
        public InvalidJsonTextException(string message, long offset)
            : base(message)
        {
            Offset = offset;
        }

        /// <summary>Byte offset of the offending text in the document.</summary>
        public long Offset { get; }
    }
}
