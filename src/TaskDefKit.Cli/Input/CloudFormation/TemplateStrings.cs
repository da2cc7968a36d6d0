using System;
using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// A string property built from literals and references (<c>Fn::Join</c>, <c>Fn::Sub</c> with or without its
    /// variable map, <c>Ref</c>, <c>Fn::GetAtt</c>, long and short forms), resolved as far as the template fixes it: what
    /// an Application Auto Scaling <c>ResourceId</c> (<c>service/${Cluster}/${Web.Name}</c>) is made of.
    /// </summary>
    internal static class TemplateStrings
    {
        /// <summary>Deeper nesting than this is not followed: the value is unknown (never an exception, never a guess).</summary>
        private const int MaxDepth = 16;

        /// <summary>One piece of a resolved string: literal text, or a reference to a resource (<see cref="Attribute"/> null for <c>Ref</c>).</summary>
        internal readonly struct Part
        {
            public Part(string? text, string? target, string? attribute)
            {
                Text = text;
                Target = target;
                Attribute = attribute;
            }

            /// <summary>The literal text, or null for a reference.</summary>
            public string? Text { get; }

            /// <summary>The logical ID referred to, or null for literal text.</summary>
            public string? Target { get; }

            public string? Attribute { get; }
        }

        /// <summary>
        /// The parts of <paramref name="node"/>, or null when some part is neither literal text nor a reference (a
        /// parameter's value is a reference here too: the caller decides what a name stands for).
        /// </summary>
        public static List<Part>? Parts(SourceNode node)
        {
            var parts = new List<Part>();
            return Flatten(node, parts, 0) ? parts : null;
        }

        /// <summary>
        /// The text of the parts with each reference written as <c>${Name}</c> or <c>${Name.Attribute}</c>
        /// when <paramref name="isName"/> says the referenced value is a plain name (no <c>/</c>), so the shape of the whole
        /// (<c>service/&lt;cluster&gt;/&lt;service&gt;</c>) can be judged; null when a part's value is unknown.
        /// </summary>
        public static string? Text(List<Part> parts, Func<Part, bool> isName)
        {
            var text = new StringBuilder();
            foreach (Part part in parts)
            {
                if (part.Text != null)
                {
                    text.Append(part.Text);
                }
                else if (isName(part))
                {
                    text.Append("${").Append(part.Target).Append(part.Attribute is null ? string.Empty : "." + part.Attribute).Append('}');
                }
                else
                {
                    return null;
                }
            }

            return text.ToString();
        }

        private static bool Flatten(SourceNode node, List<Part> parts, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            if (!CloudFormationTranslator.IsIntrinsic(node))
            {
                if (node.Kind != SourceNodeKind.Scalar || TranslationWriter.IsNull(node))
                {
                    return false;
                }

                parts.Add(new Part(node.Text, null, null));
                return true;
            }

            if (TemplateReferences.Target(node) is string target)
            {
                parts.Add(new Part(null, target, GetAttAttribute(node)));
                return true;
            }

            (string? function, SourceNode? argument) = Function(node);
            if (function == "Fn::Join")
            {
                return FlattenJoin(argument!, parts, depth);
            }

            if (function == "Fn::Sub")
            {
                return FlattenSub(argument!, parts, depth);
            }

            return false;
        }

        private static bool FlattenJoin(SourceNode argument, List<Part> parts, int depth)
        {
            if (argument.Kind != SourceNodeKind.Sequence || argument.Items.Count != 2 || argument.Items[0].Kind != SourceNodeKind.Scalar
                || CloudFormationTranslator.IsIntrinsic(argument.Items[0]) || argument.Items[1].Kind != SourceNodeKind.Sequence || CloudFormationTranslator.IsIntrinsic(argument.Items[1]))
            {
                return false;
            }

            string separator = argument.Items[0].Text ?? string.Empty;
            List<SourceNode> items = argument.Items[1].Items;
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0 && separator.Length > 0)
                {
                    parts.Add(new Part(separator, null, null));
                }

                if (!Flatten(items[i], parts, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool FlattenSub(SourceNode argument, List<Part> parts, int depth)
        {
            SourceNode text = argument;
            Dictionary<string, SourceNode>? variables = null;
            if (argument.Kind == SourceNodeKind.Sequence)
            {
                if (argument.Items.Count != 2 || argument.Items[1].Kind != SourceNodeKind.Mapping || CloudFormationTranslator.IsIntrinsic(argument.Items[1]))
                {
                    return false;
                }

                text = argument.Items[0];
                variables = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, SourceNode> variable in argument.Items[1].Members)
                {
                    variables[variable.Key] = variable.Value;
                }
            }

            if (text.Kind != SourceNodeKind.Scalar || text.Text is null || (CloudFormationTranslator.IsIntrinsic(text) && text.Tag != "!Sub"))
            {
                return false;
            }

            string body = text.Text;
            int at = 0;
            while (at < body.Length)
            {
                int open = body.IndexOf("${", at, StringComparison.Ordinal);
                int close = open < 0 ? -1 : body.IndexOf('}', open + 2);
                if (open < 0 || close < 0)
                {
                    parts.Add(new Part(body.Substring(at), null, null));
                    break;
                }

                if (open > at)
                {
                    parts.Add(new Part(body.Substring(at, open - at), null, null));
                }

                string name = body.Substring(open + 2, close - open - 2);
                if (name.StartsWith("!", StringComparison.Ordinal))
                {
                    // ${!Literal} is the text ${Literal}.
                    parts.Add(new Part("${" + name.Substring(1) + "}", null, null));
                }
                else if (variables != null && variables.TryGetValue(name, out SourceNode? value))
                {
                    if (!Flatten(value, parts, depth + 1))
                    {
                        return false;
                    }
                }
                else
                {
                    int dot = name.IndexOf('.');
                    parts.Add(dot > 0 ? new Part(null, name.Substring(0, dot), name.Substring(dot + 1)) : new Part(null, name, null));
                }

                at = close + 1;
            }

            return true;
        }

        /// <summary>The function's name in its long form and its argument: <c>!Join [..]</c> and <c>{"Fn::Join": [..]}</c> alike.</summary>
        private static (string? Function, SourceNode? Argument) Function(SourceNode node)
        {
            if (node.Tag != null && node.Tag.StartsWith("!", StringComparison.Ordinal))
            {
                return ("Fn::" + node.Tag.Substring(1), node);
            }

            if (node.Kind == SourceNodeKind.Mapping && node.Members.Count == 1)
            {
                return (node.Members[0].Key, node.Members[0].Value);
            }

            return (null, null);
        }

        /// <summary>The attribute of a <c>GetAtt</c> (<c>Name</c> of <c>!GetAtt Web.Name</c>), or null for a <c>Ref</c>.</summary>
        private static string? GetAttAttribute(SourceNode node)
        {
            (string? function, SourceNode? argument) = Function(node);
            if (function != "Fn::GetAtt" || argument is null)
            {
                return null;
            }

            if (argument.Kind == SourceNodeKind.Scalar && argument.Text != null)
            {
                int dot = argument.Text.IndexOf('.');
                return dot > 0 ? argument.Text.Substring(dot + 1) : null;
            }

            return argument.Kind == SourceNodeKind.Sequence && argument.Items.Count == 2 && argument.Items[1].Kind == SourceNodeKind.Scalar ? argument.Items[1].Text : null;
        }
    }
}
