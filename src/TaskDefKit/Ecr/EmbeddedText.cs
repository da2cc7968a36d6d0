using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Ecr
{
    /// <summary>
    /// A JSON string literal of an outer document, decoded to UTF-8 with, for every decoded byte, the offset in the outer
    /// document it came from: a finding inside lifecycle policy text given as a string (CloudFormation's
    /// <c>LifecyclePolicyText</c>, PutLifecyclePolicy's <c>lifecyclePolicyText</c>) is then located on the outer file's
    /// line and column. An escape sequence maps all its decoded bytes to where the escape starts.
    /// </summary>
    internal sealed class EmbeddedText
    {
        private readonly long[] _outerOffsets;

        private EmbeddedText(byte[] utf8, long[] outerOffsets, int length)
        {
            Utf8 = utf8;
            _outerOffsets = outerOffsets;
            Length = length;
        }

        /// <summary>The decoded text as UTF-8.</summary>
        public byte[] Utf8 { get; }

        /// <summary>The decoded text's length in UTF-16 characters (the unit of the API's length limit).</summary>
        public int Length { get; }

        /// <summary>The outer offset of decoded byte <paramref name="offset"/> (the closing quote past the end).</summary>
        public long OuterOffset(long offset) =>
            _outerOffsets.Length == 0 ? 0 : _outerOffsets[offset < 0 ? 0 : offset >= _outerOffsets.Length ? _outerOffsets.Length - 1 : offset];

        /// <summary>Decodes the string literal whose opening quote is at <paramref name="quote"/>; null when there is none.</summary>
        public static EmbeddedText? Decode(byte[] outer, long quote)
        {
            if (quote < 0 || quote >= outer.Length || outer[quote] != (byte)'"')
            {
                return null;
            }

            var chars = new StringBuilder();
            var charOffsets = new List<long>();
            long i = quote + 1;
            var pending = new List<byte>();
            long pendingStart = 0;
            while (i < outer.Length && outer[i] != (byte)'"')
            {
                if (outer[i] == (byte)'\\' && i + 1 < outer.Length)
                {
                    Flush(pending, pendingStart, chars, charOffsets);
                    long start = i;
                    byte e = outer[i + 1];
                    char c;
                    i += 2;
                    switch (e)
                    {
                        case (byte)'n': c = '\n'; break;
                        case (byte)'t': c = '\t'; break;
                        case (byte)'r': c = '\r'; break;
                        case (byte)'b': c = '\b'; break;
                        case (byte)'f': c = '\f'; break;
                        case (byte)'u' when i + 4 <= outer.Length && TryHex(outer, i, out char u):
                            c = u;
                            i += 4;
                            break;
                        default: c = (char)e; break;
                    }

                    chars.Append(c);
                    charOffsets.Add(start);
                    continue;
                }

                if (pending.Count == 0)
                {
                    pendingStart = i;
                }

                pending.Add(outer[i]);
                i++;
            }

            Flush(pending, pendingStart, chars, charOffsets);
            string text = chars.ToString();
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            var offsets = new long[utf8.Length + 1];
            int b = 0;
            for (int k = 0; k < text.Length; k++)
            {
                int width = char.IsHighSurrogate(text[k]) && k + 1 < text.Length && char.IsLowSurrogate(text[k + 1])
                    ? Encoding.UTF8.GetByteCount(text.Substring(k, 2))
                    : Encoding.UTF8.GetByteCount(text.Substring(k, 1));
                for (int w = 0; w < width && b < utf8.Length; w++)
                {
                    offsets[b++] = charOffsets[k];
                }

                if (width == 4)
                {
                    k++;
                }
            }

            offsets[utf8.Length] = i;
            return new EmbeddedText(utf8, offsets, text.Length);
        }

        // Raw (unescaped) bytes map to themselves: decode them as a run, giving each character its first byte's offset.
        private static void Flush(List<byte> pending, long start, StringBuilder chars, List<long> offsets)
        {
            if (pending.Count == 0)
            {
                return;
            }

            byte[] run = pending.ToArray();
            string text = Encoding.UTF8.GetString(run);
            long at = start;
            for (int k = 0; k < text.Length; k++)
            {
                chars.Append(text[k]);
                offsets.Add(at);
                bool pair = char.IsHighSurrogate(text[k]) && k + 1 < text.Length && char.IsLowSurrogate(text[k + 1]);
                int width = Encoding.UTF8.GetByteCount(text.Substring(k, pair ? 2 : 1));
                if (pair)
                {
                    chars.Append(text[k + 1]);
                    offsets.Add(at);
                    k++;
                }

                at += width;
            }

            pending.Clear();
        }

        private static bool TryHex(byte[] bytes, long at, out char value)
        {
            int v = 0;
            for (int k = 0; k < 4; k++)
            {
                int d = bytes[at + k];
                int digit = d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10 : d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
                if (digit < 0)
                {
                    value = default;
                    return false;
                }

                v = (v * 16) + digit;
            }

            value = (char)v;
            return true;
        }
    }
}
