using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using TaskDefKit.Terraform.Hcl;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Turns HCL expressions into <see cref="SourceNode"/>s, the tree the task definition translation reads. Literal
    /// values become values; <c>jsonencode(x)</c> becomes x; <c>file()</c>/<c>templatefile()</c> of a file beside the
    /// .tf become its text. Everything Terraform computes at plan time (references, interpolations, other functions,
    /// operators) becomes an unknown scalar tagged <see cref="UnknownTag"/>, which the translation treats like a
    /// CloudFormation intrinsic: left out, never an error.
    /// </summary>
    internal sealed class TerraformValues
    {
        /// <summary>Starts with '!' so <see cref="CloudFormationTranslator.IsIntrinsic"/> treats it as unknown.</summary>
        public const string UnknownTag = "!Unknown";

        /// <summary>A string with interpolations: its text holds <see cref="Sentinel"/> where each one was.</summary>
        public const string TemplateTag = "!Template";

        /// <summary>Stands for an interpolated value inside template text (JSON in a heredoc).</summary>
        public const string Sentinel = "__taskdefkit_unknown__";

        private readonly string? _folder;

        public TerraformValues(string? folder) => _folder = folder;

        /// <summary>Problems met while evaluating (a missing file): reported, and the value is unknown.</summary>
        public List<HclProblem> Problems { get; } = new List<HclProblem>();

        /// <summary>Where the text of a heredoc starts: JSON positions inside it are counted from there.</summary>
        public Dictionary<SourceNode, (int Line, int Indent)> ContentLines { get; } = new Dictionary<SourceNode, (int Line, int Indent)>(ReferenceEqualityComparer.Instance);

        public static SourceNode Unknown(HclPosition at) => SourceNode.Scalar(null, ScalarStyle.Plain, at.Line, at.Column, UnknownTag);

        public SourceNode Convert(HclExpression expression)
        {
            HclPosition at = expression.Position;
            switch (expression)
            {
                case HclLiteral literal:
                    return SourceNode.Scalar(literal.Kind == HclLiteralKind.Null ? null : literal.Text, ScalarStyle.Plain, at.Line, at.Column);
                case HclTemplate template:
                    return ConvertTemplate(template, at);
                case HclTuple tuple:
                {
                    SourceNode sequence = SourceNode.Sequence(at.Line, at.Column);
                    foreach (HclExpression item in tuple.Items)
                    {
                        sequence.Items.Add(Convert(item));
                    }

                    return sequence;
                }

                case HclObject obj:
                {
                    SourceNode mapping = SourceNode.Mapping(at.Line, at.Column);
                    foreach (HclObjectItem item in obj.Items)
                    {
                        if (item.LiteralKey is not string key)
                        {
                            // A computed key may name any member: the whole object is unknown.
                            return Unknown(at);
                        }

                        TerraformNodes.Add(mapping, key, Convert(item.Value));
                    }

                    return mapping;
                }

                case HclFunctionCall call:
                    return ConvertCall(call, at);
                default:
                    return Unknown(at);
            }
        }

        private SourceNode ConvertTemplate(HclTemplate template, HclPosition at)
        {
            SourceNode node;
            if (template.IsKnown)
            {
                node = SourceNode.Scalar(template.LiteralText(), ScalarStyle.Quoted, at.Line, at.Column);
            }
            else if (template.HasDirective)
            {
                return Unknown(at);
            }
            else
            {
                node = SourceNode.Scalar(WithSentinels(template), ScalarStyle.Quoted, at.Line, at.Column, TemplateTag);
            }

            if (template.HeredocMarker != null)
            {
                ContentLines[node] = (template.ContentLine, template.ContentIndent);
            }

            return node;
        }

        /// <summary>
        /// The template's text with a sentinel for each interpolation: inside a JSON string the bare sentinel, outside
        /// one a quoted sentinel, so that JSON with <c>"image": "${var.image}"</c> or <c>"cpu": ${var.cpu}</c> still parses.
        /// </summary>
        public static string WithSentinels(HclTemplate template)
        {
            var text = new StringBuilder();
            bool inString = false;
            foreach (object part in template.Parts)
            {
                if (part is string literal)
                {
                    for (int i = 0; i < literal.Length; i++)
                    {
                        char c = literal[i];
                        if (c == '\\' && inString && i + 1 < literal.Length)
                        {
                            text.Append(c).Append(literal[++i]);
                            continue;
                        }

                        if (c == '"')
                        {
                            inString = !inString;
                        }

                        text.Append(c);
                    }
                }
                else
                {
                    text.Append(inString ? Sentinel : "\"" + Sentinel + "\"");
                }
            }

            return text.ToString();
        }

        private SourceNode ConvertCall(HclFunctionCall call, HclPosition at)
        {
            switch (call.Name)
            {
                case "jsonencode" when call.Arguments.Count == 1 && !call.ExpandFinal:
                    return Convert(call.Arguments[0]);
                case "file" when call.Arguments.Count == 1:
                case "templatefile" when call.Arguments.Count == 2:
                    return ReadFile(call, at);
                default:
                    return Unknown(at);
            }
        }

        private SourceNode ReadFile(HclFunctionCall call, HclPosition at)
        {
            string? relative = PathArgument(call.Arguments[0]);
            if (relative is null || _folder is null)
            {
                return Unknown(at);
            }

            string path = Path.GetFullPath(Path.Combine(_folder, relative));
            if (!File.Exists(path))
            {
                Problems.Add(new HclProblem(call.Name + "() names " + relative + ", which does not exist beside the .tf file; its content is treated as unknown", at.Line, at.Column));
                return Unknown(at);
            }

            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Problems.Add(new HclProblem(call.Name + "() names " + relative + ", which cannot be read: " + exception.Message, at.Line, at.Column));
                return Unknown(at);
            }

            if (call.Name == "templatefile" && (text.Contains("${", StringComparison.Ordinal) || text.Contains("%{", StringComparison.Ordinal)))
            {
                HclTemplate? template = HclParser.ParseTemplateText(text);
                if (template is null || template.HasDirective)
                {
                    return Unknown(at);
                }

                return SourceNode.Scalar(WithSentinels(template), ScalarStyle.Quoted, at.Line, at.Column, TemplateTag);
            }

            return SourceNode.Scalar(text, ScalarStyle.Quoted, at.Line, at.Column);
        }

        /// <summary>A literal path, or one built from <c>path.module</c>/<c>path.root</c> (the .tf file's folder here).</summary>
        private static string? PathArgument(HclExpression argument)
        {
            if (argument is not HclTemplate template)
            {
                return null;
            }

            var path = new StringBuilder();
            foreach (object part in template.Parts)
            {
                if (part is string literal)
                {
                    path.Append(literal);
                }
                else if (part is HclReference { Root: "path", Traversal.Count: 1 } reference && (reference.Traversal[0] == ".module" || reference.Traversal[0] == ".root"))
                {
                    path.Append('.');
                }
                else
                {
                    return null;
                }
            }

            return template.HasDirective ? null : path.ToString();
        }
    }
}
