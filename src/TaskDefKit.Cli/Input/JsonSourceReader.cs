using System;
using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input
{
    /// <summary>Reads JSON into <see cref="SourceNode"/>s with positions. Nesting is capped like the task definition reader's.</summary>
    internal static class JsonSourceReader
    {
        public static SourceNode Read(byte[] utf8)
        {
            var lines = new LineIndex(utf8, null);
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
            try
            {
                if (!reader.Read())
                {
                    throw new SourceParseException("The input is empty", 1, 1);
                }

                SourceNode root = ReadValue(ref reader, lines);
                while (reader.Read())
                {
                    // Trailing content makes Read() throw.
                }

                return root;
            }
            catch (InvalidJsonTextException exception)
            {
                SourceLocation at = lines.Locate(exception.Offset);
                throw new SourceParseException("The input is not valid JSON text: " + exception.Message, at.Line, at.Column);
            }
            catch (JsonException exception)
            {
                string message = exception.Message;
                int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
                cut = cut < 0 ? message.IndexOf(" LineNumber:", StringComparison.Ordinal) : cut;
                throw new SourceParseException(
                    "The input is not valid JSON: " + (cut > 0 ? message.Substring(0, cut) : message).Trim(),
                    (int)(exception.LineNumber ?? 0) + 1,
                    (int)(exception.BytePositionInLine ?? 0) + 1);
            }
        }

        private static SourceNode ReadValue(ref Utf8JsonReader reader, LineIndex lines)
        {
            // Iterative, so depth is bounded by MaxDepth rather than by the stack.
            var open = new Stack<SourceNode>();
            string? pendingName = null;
            (int Line, int Column) pendingPosition = default;
            var pendingNames = new Stack<(string? Name, (int Line, int Column) Position)>();
            SourceNode? root = null;
            do
            {
                SourceLocation at = lines.Locate(reader.TokenStartIndex);
                SourceNode? value = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = JsonText.GetString(ref reader);
                        pendingPosition = (at.Line, at.Column);
                        continue;
                    case JsonTokenType.StartObject:
                        value = SourceNode.Mapping(at.Line, at.Column);
                        break;
                    case JsonTokenType.StartArray:
                        value = SourceNode.Sequence(at.Line, at.Column);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        SourceNode closed = open.Pop();
                        (pendingName, pendingPosition) = pendingNames.Pop();
                        if (open.Count == 0)
                        {
                            return closed;
                        }

                        Attach(open.Peek(), ref pendingName, pendingPosition, closed);
                        continue;
                    case JsonTokenType.String:
                        value = SourceNode.Scalar(JsonText.GetString(ref reader), ScalarStyle.Quoted, at.Line, at.Column);
                        break;
                    case JsonTokenType.Null:
                        value = SourceNode.Scalar(null, ScalarStyle.Plain, at.Line, at.Column);
                        break;
                    default:
                        value = SourceNode.Scalar(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), ScalarStyle.Plain, at.Line, at.Column);
                        break;
                }

                if (value.Kind != SourceNodeKind.Scalar)
                {
                    open.Push(value);
                    pendingNames.Push((pendingName, pendingPosition));
                    pendingName = null;
                }
                else if (open.Count == 0)
                {
                    root = value;
                    return root;
                }
                else
                {
                    Attach(open.Peek(), ref pendingName, pendingPosition, value);
                }
            }
            while (reader.Read());

            throw new SourceParseException("The input is not valid JSON: the document ends early", 1, 1);
        }

        private static void Attach(SourceNode parent, ref string? name, (int Line, int Column) namePosition, SourceNode value)
        {
            if (parent.Kind == SourceNodeKind.Mapping)
            {
                parent.AddMember(name ?? string.Empty, namePosition, value);
                name = null;
            }
            else
            {
                parent.Items.Add(value);
            }
        }
    }
}
