using System;
using System.Collections.Generic;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// The references between a template's resources: <c>Ref</c>, <c>Fn::GetAtt</c> (long and short forms),
    /// <c>${Name}</c> in <c>Fn::Sub</c>, and <c>DependsOn</c>. A name that is not a resource (a parameter, a pseudo
    /// parameter, a typo) is not a reference here: its value is unknown.
    /// </summary>
    internal static class TemplateReferences
    {
        /// <summary>The logical ID a single value refers to (<c>!Ref X</c>, <c>!GetAtt X.Arn</c>, their long forms), or null.</summary>
        public static string? Target(SourceNode value)
        {
            if (value.Tag == "!Ref" && value.Kind == SourceNodeKind.Scalar)
            {
                return value.Text;
            }

            if (value.Tag == "!GetAtt")
            {
                return GetAttTarget(value);
            }

            if (value.Kind == SourceNodeKind.Mapping && value.Members.Count == 1)
            {
                KeyValuePair<string, SourceNode> only = value.Members[0];
                if (only.Key == "Ref" && only.Value.Kind == SourceNodeKind.Scalar)
                {
                    return only.Value.Text;
                }

                if (only.Key == "Fn::GetAtt")
                {
                    return GetAttTarget(only.Value);
                }
            }

            return null;
        }

        /// <summary>
        /// Every resource <paramref name="node"/> refers to anywhere below it, with the node that refers (for locations).
        /// Walks with an explicit stack: a deeply nested template cannot overflow it.
        /// </summary>
        public static List<(string Target, SourceNode At)> All(SourceNode node)
        {
            var found = new List<(string, SourceNode)>();
            var pending = new Stack<SourceNode>();
            pending.Push(node);
            while (pending.Count > 0)
            {
                SourceNode current = pending.Pop();
                if (Target(current) is string target)
                {
                    found.Add((target, current));
                    continue;
                }

                if (current.Tag == "!Sub" || (current.Kind == SourceNodeKind.Mapping && current.Members.Count == 1 && current.Members[0].Key == "Fn::Sub"))
                {
                    SourceNode body = current.Tag == "!Sub" ? current : current.Members[0].Value;
                    SourceNode? text = body.Kind == SourceNodeKind.Sequence && body.Items.Count > 0 ? body.Items[0] : body;
                    if (text.Kind == SourceNodeKind.Scalar && text.Text != null)
                    {
                        foreach (string name in SubNames(text.Text))
                        {
                            found.Add((name, current));
                        }
                    }
                }

                if (current.Kind == SourceNodeKind.Mapping)
                {
                    for (int i = current.Members.Count - 1; i >= 0; i--)
                    {
                        pending.Push(current.Members[i].Value);
                    }
                }
                else if (current.Kind == SourceNodeKind.Sequence)
                {
                    for (int i = current.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(current.Items[i]);
                    }
                }
            }

            return found;
        }

        /// <summary>The <c>DependsOn</c> names of a resource (a string or a list of strings).</summary>
        public static List<(string Target, SourceNode At)> DependsOn(SourceNode resource)
        {
            var found = new List<(string, SourceNode)>();
            SourceNode? dependsOn = resource.Kind == SourceNodeKind.Mapping ? resource.Get("DependsOn") : null;
            if (dependsOn?.Kind == SourceNodeKind.Scalar && dependsOn.Text != null)
            {
                found.Add((dependsOn.Text, dependsOn));
            }
            else if (dependsOn?.Kind == SourceNodeKind.Sequence)
            {
                foreach (SourceNode item in dependsOn.Items)
                {
                    if (item.Kind == SourceNodeKind.Scalar && item.Text != null)
                    {
                        found.Add((item.Text, item));
                    }
                }
            }

            return found;
        }

        private static string? GetAttTarget(SourceNode value)
        {
            if (value.Kind == SourceNodeKind.Scalar && value.Text != null)
            {
                int dot = value.Text.IndexOf('.');
                return dot > 0 ? value.Text.Substring(0, dot) : value.Text;
            }

            if (value.Kind == SourceNodeKind.Sequence && value.Items.Count > 0 && value.Items[0].Kind == SourceNodeKind.Scalar)
            {
                return value.Items[0].Text;
            }

            return null;
        }

        /// <summary><c>${Name}</c> and <c>${Name.Attribute}</c> in a <c>Fn::Sub</c> string (not <c>${!Literal}</c>).</summary>
        private static IEnumerable<string> SubNames(string text)
        {
            int at = 0;
            while ((at = text.IndexOf("${", at, StringComparison.Ordinal)) >= 0)
            {
                int end = text.IndexOf('}', at + 2);
                if (end < 0)
                {
                    yield break;
                }

                string name = text.Substring(at + 2, end - at - 2);
                if (name.Length > 0 && name[0] != '!')
                {
                    int dot = name.IndexOf('.');
                    yield return dot > 0 ? name.Substring(0, dot) : name;
                }

                at = end + 1;
            }
        }
    }
}
