using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using TaskDefKit.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// Reads YAML (CloudFormation templates) into <see cref="SourceNode"/>s from the parser's event stream, keeping each
    /// node's position and tag (<c>!Ref</c>, <c>!Sub</c>, ...). Every way hostile YAML can go wrong is a
    /// <see cref="SourceParseException"/> with a position, never another exception and never unbounded work:
    /// nesting is capped (built iteratively, so 10,000 levels is a clear error and never a stack overflow), an alias
    /// may not refer to a node that contains it, and aliases may expand to at most <see cref="MaxAliases"/> uses and
    /// <see cref="MaxExpandedSize"/> in total ("billion laughs").
    /// </summary>
    internal static class YamlSourceReader
    {
        /// <summary>Alias uses allowed in one file.</summary>
        public const int MaxAliases = 10_000;

        /// <summary>
        /// What all alias uses together may add, counted as one per node plus each scalar's length: as much as a file
        /// at the 10 MB input cap could hold, so expansion never outgrows what reading a file may cost.
        /// </summary>
        public const long MaxExpandedSize = 10_000_000;

        private const string StringTag = "tag:yaml.org,2002:str";

        /// <summary>The first document; see <see cref="ReadAll"/>.</summary>
        public static SourceNode Read(byte[] utf8) => ReadAll(utf8)[0];

        /// <summary>Every document of the stream (documents are separated by <c>---</c>); at least one.</summary>
        public static IReadOnlyList<SourceNode> ReadAll(byte[] utf8)
        {
            int start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
            var scanner = new Scanner(new StringReader(Encoding.UTF8.GetString(utf8, start, utf8.Length - start)));
            var state = new State();
            try
            {
                var parser = new Parser(scanner);
                while (parser.MoveNext())
                {
                    state.Accept(parser.Current!);
                }
            }
            catch (YamlException exception)
            {
                throw new SourceParseException("The input is not valid YAML: " + StripMarks(exception.Message), (int)exception.Start.Line, (int)exception.Start.Column);
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this (not a YamlException) for some unterminated flow collections,
                // such as "a: [b" followed by "c: 1": its simple-key stack runs empty.
                Mark at = scanner.CurrentPosition;
                throw new SourceParseException(
                    "The input is not valid YAML: a flow collection ('[' or '{') is not closed before the text that follows it",
                    (int)at.Line,
                    (int)at.Column);
            }

            if (state.Documents.Count == 0)
            {
                throw new SourceParseException("The input is empty", 1, 1);
            }

            return state.Documents;
        }

        /// <summary>The reader's state between parser events.</summary>
        private sealed class State
        {
            private readonly Dictionary<string, SourceNode> _anchors = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
            private readonly Stack<SourceNode> _open = new Stack<SourceNode>();
            private readonly Stack<string?> _pendingKeys = new Stack<string?>();
            private readonly Stack<bool> _expectKeys = new Stack<bool>();
            private readonly Stack<(int Line, int Column)> _pendingKeyPositions = new Stack<(int Line, int Column)>();
            private string? _pendingKey;
            private (int Line, int Column) _pendingKeyPosition;
            private bool _expectKey;
            private int _aliases;
            private long _expanded;

            public List<SourceNode> Documents { get; } = new List<SourceNode>();

            public void Accept(ParsingEvent current)
            {
                int line = (int)current.Start.Line;
                int column = (int)current.Start.Column;
                SourceNode? value;
                switch (current)
                {
                    case DocumentStart:
                        // Anchors belong to their document.
                        _anchors.Clear();
                        return;
                    case MappingStart mapping:
                        value = SourceNode.Mapping(line, column, TagOf(mapping.Tag));
                        Remember(mapping.Anchor, value);
                        break;
                    case SequenceStart sequence:
                        value = SourceNode.Sequence(line, column, TagOf(sequence.Tag));
                        Remember(sequence.Anchor, value);
                        break;
                    case Scalar scalar:
                        if (_expectKey)
                        {
                            _pendingKey = scalar.Value;
                            _pendingKeyPosition = (line, column);
                            _expectKey = false;
                            return;
                        }

                        string? tag = TagOf(scalar.Tag);
                        // A plain scalar's type comes from its text, unless it is tagged !!str ("!!str 5" is a string).
                        ScalarStyle style = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && tag != StringTag ? ScalarStyle.Plain : ScalarStyle.Quoted;
                        value = SourceNode.Scalar(scalar.Value, style, line, column, tag == StringTag ? null : tag);
                        value.ExpandedSize = 1 + scalar.Value.Length;
                        Remember(scalar.Anchor, value);
                        break;
                    case AnchorAlias alias:
                        value = Resolve(alias, line, column);
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        Close();
                        return;
                    default:
                        return;
                }

                if (value.Kind != SourceNodeKind.Scalar && current is not AnchorAlias)
                {
                    if (_open.Count >= JsonDocumentReader.MaxDepth)
                    {
                        throw new SourceParseException("nesting deeper than " + JsonDocumentReader.MaxDepth + " levels; a task definition never needs that", line, column);
                    }

                    _open.Push(value);
                    _pendingKeys.Push(_pendingKey);
                    _pendingKeyPositions.Push(_pendingKeyPosition);
                    _expectKeys.Push(_expectKey);
                    _pendingKey = null;
                    _expectKey = value.Kind == SourceNodeKind.Mapping;
                }
                else if (_open.Count == 0)
                {
                    Documents.Add(value);
                }
                else
                {
                    Attach(_open.Peek(), value);
                }
            }

            private SourceNode Resolve(AnchorAlias alias, int line, int column)
            {
                string name = alias.Value.Value;
                if (!_anchors.TryGetValue(name, out SourceNode? target))
                {
                    throw new SourceParseException("not valid YAML: unknown alias *" + name, line, column);
                }

                if (_expectKey)
                {
                    throw new SourceParseException("not supported YAML: an alias used as a mapping key", line, column);
                }

                if (_open.Contains(target))
                {
                    throw new SourceParseException("not supported YAML: the alias *" + name + " refers to a node that contains it, so it would never end", line, column);
                }

                if (++_aliases > MaxAliases)
                {
                    throw new SourceParseException("more than " + MaxAliases.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " YAML alias uses; TaskDefKit stops there (a task definition template never needs that many)", line, column);
                }

                _expanded += target.ExpandedSize;
                if (_expanded > MaxExpandedSize)
                {
                    throw new SourceParseException(
                        "YAML aliases expand to more than " + MaxExpandedSize.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) +
                        " nodes and characters (aliases of aliases, a \"billion laughs\" document); TaskDefKit stops there",
                        line,
                        column);
                }

                if (_open.Count + target.ExpandedHeight >= JsonDocumentReader.MaxDepth)
                {
                    throw new SourceParseException("nesting deeper than " + JsonDocumentReader.MaxDepth + " levels once the alias *" + name + " is expanded; a task definition never needs that", line, column);
                }

                return target;
            }

            private void Close()
            {
                SourceNode closed = _open.Pop();
                _pendingKey = _pendingKeys.Pop();
                _pendingKeyPosition = _pendingKeyPositions.Pop();
                _expectKey = _expectKeys.Pop();
                long size = 1;
                int height = 0;
                if (closed.Kind == SourceNodeKind.Mapping)
                {
                    foreach (KeyValuePair<string, SourceNode> member in closed.Members)
                    {
                        size += member.Key.Length + member.Value.ExpandedSize;
                        height = Math.Max(height, member.Value.ExpandedHeight);
                    }
                }
                else
                {
                    foreach (SourceNode item in closed.Items)
                    {
                        size += item.ExpandedSize;
                        height = Math.Max(height, item.ExpandedHeight);
                    }
                }

                closed.ExpandedSize = size;
                closed.ExpandedHeight = height + 1;
                if (_open.Count == 0)
                {
                    Documents.Add(closed);
                }
                else
                {
                    Attach(_open.Peek(), closed);
                }
            }

            private void Attach(SourceNode parent, SourceNode value)
            {
                if (parent.Kind == SourceNodeKind.Mapping)
                {
                    if (_pendingKey is null)
                    {
                        throw new SourceParseException("not supported YAML: a mapping key that is not a scalar", value.Line, value.Column);
                    }

                    parent.AddMember(_pendingKey, _pendingKeyPosition, value);
                    _pendingKey = null;
                    _expectKey = true;
                }
                else
                {
                    parent.Items.Add(value);
                }
            }

            private void Remember(AnchorName anchor, SourceNode node)
            {
                if (!anchor.IsEmpty)
                {
                    _anchors[anchor.Value] = node;
                }
            }
        }

        private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

        private static string StripMarks(string message)
        {
            // "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): While scanning ..." → "While scanning ..."
            int cut = message.IndexOf("): ", StringComparison.Ordinal);
            return cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message;
        }
    }
}
