using System;
using System.Text;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Text in UTF-16 or UTF-32 with a byte-order mark (Windows editors save JSON that way) is decoded to UTF-8, the
    /// one encoding the readers take; without a mark, text is taken to be UTF-8 as JSON requires.
    /// </summary>
    internal static class TextDecoding
    {
        /// <summary>
        /// <paramref name="bytes"/> as UTF-8 without a byte-order mark when they start with a UTF-16/32 mark, else
        /// unchanged. False (with <paramref name="problem"/>) when the marked text does not decode.
        /// </summary>
        public static bool TryToUtf8(byte[] bytes, out byte[] utf8, out string? problem)
        {
            utf8 = bytes;
            problem = null;
            (Encoding? encoding, int mark, string name) = Detect(bytes);
            if (encoding is null)
            {
                return true;
            }

            try
            {
                string text = encoding.GetString(bytes, mark, bytes.Length - mark);
                utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(text);
                return true;
            }
            catch (Exception exception) when (exception is DecoderFallbackException or EncoderFallbackException)
            {
                problem = "the text starts with a " + name + " byte-order mark but is not valid " + name;
                return false;
            }
        }

        private static (Encoding? Encoding, int Mark, string Name) Detect(byte[] b)
        {
            // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first.
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
            {
                return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32");
            }

            if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
            {
                return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32");
            }

            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            {
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16");
            }

            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            {
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16");
            }

            return (null, 0, string.Empty);
        }
    }
}
