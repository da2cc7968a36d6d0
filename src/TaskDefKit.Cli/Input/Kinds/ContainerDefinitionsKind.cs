using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>A JSON array of container definitions (Terraform <c>container_definitions</c>), judged with the task settings of the command line.</summary>
    internal sealed class ContainerDefinitionsKind : InputKind
    {
        public static ContainerDefinitionsKind Instance { get; } = new ContainerDefinitionsKind();

        public override string Name => "a container_definitions array";

        public override DocumentKind Document => DocumentKind.ContainerDefinitionsJson;

        public override RuleFamilies Judges => RuleFamilies.TaskDefinition;

        public override FileReport Judge(InputContext input)
        {
            SourceNode array = JsonSourceReader.Read(input.Bytes);
            if (TerraformContainerDefinitions.WrappedTaskDefinitions(array, out SourceNode? at) is string wrapped)
            {
                // Not containers: the container rules would only add noise ('family' is not a member of
                // ContainerDefinition, task-level cpu as a container's integer), so one finding says what to do.
                return input.Unrecognised(wrapped, at!.Line, at.Column, "/" + array.Items.IndexOf(at));
            }

            TranslatedDocument translated = TerraformContainerDefinitions.Translate(array, input.Settings.Task, input.Item.Path);
            return input.Report(translated.Validate(input.Options, input.Display), definitions: 1);
        }
    }
}
