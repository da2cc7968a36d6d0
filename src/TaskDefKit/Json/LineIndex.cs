using System;
using System.Collections.Generic;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>Turns byte offsets of a UTF-8 document into 1-based line and column (columns count characters).</summary>
    internal sealed class LineIndex
    {
        private readonly byte[] _utf8;
        private readonly string? _file;
        private List<int>? _lineStarts;

        public LineIndex(byte[] utf8, string? file)
        {
            _utf8 = utf8;
            _file = file;
        }

        public SourceLocation Locate(long offset)
        {
            List<int> starts = _lineStarts ??= FindLineStarts(_utf8);
            int position = (int)Math.Min(Math.Max(offset, 0), _utf8.Length);
            int line = starts.BinarySearch(position);
            if (line < 0)
            {
                line = ~line - 1;
            }

            int column = 1;
            for (int i = starts[line]; i < position; i++)
            {
                // Count characters, not bytes: skip UTF-8 continuation bytes.
                if ((_utf8[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return new SourceLocation(_file, line + 1, column);
        }

        private static List<int> FindLineStarts(byte[] utf8)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }
    }
}
