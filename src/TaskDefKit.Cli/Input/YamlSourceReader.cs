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
    /// node's position and tag (<c>!Ref</c>, <c>!Sub</c>, ...). Built iteratively with a depth cap, so 10,000 levels
    /// of nesting is a clear error and never a stack overflow.
    /// </summary>
    internal static class YamlSourceReader
    {
        public static SourceNode Read(byte[] utf8)
        {
            int start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
            var parser = new Parser(new StringReader(Encoding.UTF8.GetString(utf8, start, utf8.Length - start)));
            var anchors = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
            var open = new Stack<SourceNode>();
            var pendingKeys = new Stack<string?>();
            string? pendingKey = null;
            bool expectKey = false;
            var expectKeys = new Stack<bool>();
            try
            {
                while (parser.MoveNext())
                {
                    ParsingEvent current = parser.Current!;
                    int line = (int)current.Start.Line;
                    int column = (int)current.Start.Column;
                    SourceNode? value = null;
                    switch (current)
                    {
                        case DocumentEnd when open.Count == 0:
                            continue;
                        case MappingStart mapping:
                            value = SourceNode.Mapping(line, column, TagOf(mapping.Tag));
                            Remember(anchors, mapping.Anchor, value);
                            break;
                        case SequenceStart sequence:
                            value = SourceNode.Sequence(line, column, TagOf(sequence.Tag));
                            Remember(anchors, sequence.Anchor, value);
                            break;
                        case Scalar scalar:
                            if (expectKey)
                            {
                                pendingKey = scalar.Value;
                                expectKey = false;
                                continue;
                            }

                            ScalarStyle style = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? ScalarStyle.Plain : ScalarStyle.Quoted;
                            value = SourceNode.Scalar(scalar.Value, style, line, column, TagOf(scalar.Tag));
                            Remember(anchors, scalar.Anchor, value);
                            break;
                        case AnchorAlias alias:
                            if (!anchors.TryGetValue(alias.Value.Value, out value))
                            {
                                throw new SourceParseException("not valid YAML: unknown alias *" + alias.Value.Value, line, column);
                            }

                            if (expectKey)
                            {
                                throw new SourceParseException("not supported YAML: an alias used as a mapping key", line, column);
                            }

                            break;
                        case MappingEnd:
                        case SequenceEnd:
                            SourceNode closed = open.Pop();
                            pendingKey = pendingKeys.Pop();
                            expectKey = expectKeys.Pop();
                            if (open.Count == 0)
                            {
                                return closed;
                            }

                            Attach(open.Peek(), ref pendingKey, ref expectKey, closed);
                            continue;
                        default:
                            continue;
                    }

                    if (value.Kind != SourceNodeKind.Scalar && current is not AnchorAlias)
                    {
                        if (open.Count >= JsonDocumentReader.MaxDepth)
                        {
                            throw new SourceParseException("nesting deeper than " + JsonDocumentReader.MaxDepth + " levels; a task definition never needs that", line, column);
                        }

                        open.Push(value);
                        pendingKeys.Push(pendingKey);
                        expectKeys.Push(expectKey);
                        pendingKey = null;
                        expectKey = value.Kind == SourceNodeKind.Mapping;
                    }
                    else if (open.Count == 0)
                    {
                        return value;
                    }
                    else
                    {
                        Attach(open.Peek(), ref pendingKey, ref expectKey, value);
                    }
                }
            }
            catch (YamlException exception)
            {
                throw new SourceParseException("The input is not valid YAML: " + StripMarks(exception.Message), (int)exception.Start.Line, (int)exception.Start.Column);
            }

            throw new SourceParseException("The input is empty", 1, 1);
        }

        private static void Attach(SourceNode parent, ref string? key, ref bool expectKey, SourceNode value)
        {
            if (parent.Kind == SourceNodeKind.Mapping)
            {
                if (key is null)
                {
                    throw new SourceParseException("not supported YAML: a mapping key that is not a scalar", value.Line, value.Column);
                }

                parent.Members.Add(new KeyValuePair<string, SourceNode>(key, value));
                key = null;
                expectKey = true;
            }
            else
            {
                parent.Items.Add(value);
            }
        }

        private static void Remember(Dictionary<string, SourceNode> anchors, AnchorName anchor, SourceNode node)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
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
