using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>YAML: a CloudFormation template (every document of a "---" stream is read), or not for us.</summary>
    internal sealed class YamlKind : InputKind
    {
        public static YamlKind Instance { get; } = new YamlKind();

        public override string Name => "YAML";

        public override DocumentKind Document => DocumentKind.Yaml;

        public override FileReport Judge(InputContext input) => CloudFormationTemplateJudge.Judge(input, YamlSourceReader.ReadAll(input.Bytes));
    }
}
