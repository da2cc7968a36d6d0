using System;
using System.Collections.Generic;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Turns byte offsets of a UTF-8 document into 1-based line and column (columns count characters). Built once, on
    /// first use, in one pass; each lookup then costs a binary search and at most one block of bytes, so locating every
    /// token of a minified one-line file stays linear.
    /// </summary>
    internal sealed class LineIndex
    {
        /// <summary>Characters are counted from checkpoints this many bytes apart.</summary>
        private const int Block = 512;

        private readonly byte[] _utf8;
        private readonly string? _file;
        private List<int>? _lineStarts;
        private int[]? _charsBefore;

        public LineIndex(byte[] utf8, string? file)
        {
            _utf8 = utf8;
            _file = file;
        }

        public SourceLocation Locate(long offset)
        {
            if (_lineStarts is null)
            {
                Build();
            }

            List<int> starts = _lineStarts!;
            int position = (int)Math.Min(Math.Max(offset, 0), _utf8.Length);
            int line = starts.BinarySearch(position);
            if (line < 0)
            {
                line = ~line - 1;
            }

            int column = CharsBefore(position) - CharsBefore(starts[line]) + 1;
            return new SourceLocation(_file, line + 1, column);
        }

        /// <summary>How many characters (bytes that are not UTF-8 continuation bytes) precede <paramref name="position"/>.</summary>
        private int CharsBefore(int position)
        {
            int block = position / Block;
            int count = _charsBefore![block];
            for (int i = block * Block; i < position; i++)
            {
                if ((_utf8[i] & 0xC0) != 0x80)
                {
                    count++;
                }
            }

            return count;
        }

        private void Build()
        {
            var starts = new List<int> { 0 };
            var charsBefore = new int[(_utf8.Length / Block) + 1];
            int chars = 0;
            for (int i = 0; i < _utf8.Length; i++)
            {
                if (i % Block == 0)
                {
                    charsBefore[i / Block] = chars;
                }

                byte b = _utf8[i];
                if ((b & 0xC0) != 0x80)
                {
                    chars++;
                }

                if (b == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            if (_utf8.Length % Block == 0)
            {
                charsBefore[_utf8.Length / Block] = chars;
            }

            _charsBefore = charsBefore;
            _lineStarts = starts;
        }
    }
}
