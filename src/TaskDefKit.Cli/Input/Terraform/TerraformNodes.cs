namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>Adds a mapping member with a key position (the value's: Terraform's names are not reported by key).</summary>
    internal static class TerraformNodes
    {
        public static void Add(SourceNode mapping, string key, SourceNode value) => mapping.AddMember(key, (value.Line, value.Column), value);
    }
}
