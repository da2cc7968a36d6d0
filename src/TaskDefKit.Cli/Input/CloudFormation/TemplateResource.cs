namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>One entry of a template's <c>Resources</c>: its logical ID, the resource mapping and its <c>Properties</c>.</summary>
    internal sealed class TemplateResource
    {
        public TemplateResource(string logicalId, SourceNode node)
        {
            LogicalId = logicalId;
            Node = node;
            SourceNode? type = node.Kind == SourceNodeKind.Mapping ? node.Get("Type") : null;
            Type = type?.Kind == SourceNodeKind.Scalar ? type.Text : null;
            Properties = node.Kind == SourceNodeKind.Mapping ? node.Get("Properties") : null;
        }

        public string LogicalId { get; }

        public SourceNode Node { get; }

        /// <summary>The <c>Type</c>, or null when it is missing or not a scalar.</summary>
        public string? Type { get; }

        public SourceNode? Properties { get; }

        /// <summary>The label findings carry: <c>Resources/Web</c>.</summary>
        public string Label => "Resources/" + LogicalId;
    }
}
