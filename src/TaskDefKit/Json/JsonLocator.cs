using System;
using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Finds where a JSON pointer's value starts in the source text. The first lookup reads the document once and
    /// keeps the offset of every value under its pointer; each lookup after that is a dictionary probe, so locating
    /// thousands of findings costs one pass over the file, not one per finding. A pointer to a member that is absent
    /// resolves to its nearest present ancestor (a missing <c>essential</c> points at its container).
    /// </summary>
    internal sealed class JsonLocator
    {
        private readonly byte[] _utf8;
        private readonly LineIndex _lines;
        private Dictionary<string, long>? _offsets;
        private Dictionary<string, long>? _nameOffsets;

        public JsonLocator(byte[] utf8, LineIndex lines)
        {
            _utf8 = utf8;
            _lines = lines;
        }

        public SourceLocation? Locate(string pointer)
        {
            if (_offsets is null)
            {
                _offsets = Index(_utf8, out _nameOffsets);
            }

            return Locate(_offsets, pointer);
        }

        /// <summary>The byte offset where the pointer's value starts (or its nearest present ancestor's); null past a parse fault.</summary>
        public long? Offset(string pointer)
        {
            if (_offsets is null)
            {
                _offsets = Index(_utf8, out _nameOffsets);
            }

            string current = pointer;
            while (true)
            {
                if (_offsets.TryGetValue(current, out long offset))
                {
                    return offset;
                }

                if (current.Length == 0)
                {
                    return null;
                }

                current = current.Substring(0, Math.Max(0, current.LastIndexOf('/')));
            }
        }

        /// <summary>
        /// Where the member's name starts, for findings about the name itself (a misspelt key is fixed on its own
        /// line, not on its value's); the value's position for array items and the root.
        /// </summary>
        public SourceLocation? LocateName(string pointer)
        {
            if (_offsets is null)
            {
                _offsets = Index(_utf8, out _nameOffsets);
            }

            return _nameOffsets!.TryGetValue(pointer, out long offset) ? _lines.Locate(offset) : Locate(_offsets, pointer);
        }

        private SourceLocation? Locate(Dictionary<string, long> offsets, string pointer)
        {
            string current = pointer;
            while (true)
            {
                if (offsets.TryGetValue(current, out long offset))
                {
                    return _lines.Locate(offset);
                }

                if (current.Length == 0)
                {
                    // A document that does not parse has no positions past its fault.
                    return null;
                }

                current = current.Substring(0, Math.Max(0, current.LastIndexOf('/')));
            }
        }

        /// <summary>Every value's pointer and start offset, as far as the document can be read.</summary>
        private static Dictionary<string, long> Index(byte[] utf8, out Dictionary<string, long> nameOffsets)
        {
            var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
            var names = nameOffsets = new Dictionary<string, long>(StringComparer.Ordinal);
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth });
            // The pointer of each open container, and for arrays the index of the next item.
            var containers = new Stack<(string Pointer, int NextIndex)>();
            string? memberPointer = null;
            try
            {
                while (reader.Read())
                {
                    JsonTokenType token = reader.TokenType;
                    if (token == JsonTokenType.PropertyName)
                    {
                        memberPointer = JsonPointer.Member(containers.Peek().Pointer, JsonText.GetString(ref reader));
                        names.TryAdd(memberPointer, reader.TokenStartIndex);
                        continue;
                    }

                    if (token == JsonTokenType.EndObject || token == JsonTokenType.EndArray)
                    {
                        containers.Pop();
                        continue;
                    }

                    string pointer;
                    if (containers.Count == 0)
                    {
                        pointer = JsonPointer.Root;
                    }
                    else if (memberPointer != null)
                    {
                        pointer = memberPointer;
                        memberPointer = null;
                    }
                    else
                    {
                        (string parent, int index) = containers.Pop();
                        containers.Push((parent, index + 1));
                        pointer = JsonPointer.Index(parent, index);
                    }

                    // A duplicate member keeps its first position, as the reader binds the first occurrence's place.
                    offsets.TryAdd(pointer, reader.TokenStartIndex);
                    if (token == JsonTokenType.StartObject || token == JsonTokenType.StartArray)
                    {
                        containers.Push((pointer, 0));
                    }
                }
            }
            catch (JsonException)
            {
                // Malformed past this point: what was read so far still locates.
            }

            return offsets;
        }
    }
}
