using System.Text;
using TaskDefKit.Model.Ecr;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Reads and writes the JSON that <c>aws ecr create-repository</c> and <c>put-lifecycle-policy</c> take with
    /// <c>--cli-input-json</c>: camelCase, nulls left out, the API model's member order, deterministic. Reading never
    /// throws for bad input. The lifecycle policy inside <c>lifecyclePolicyText</c> is text to the API: read and judge it
    /// (and a whole ECR file, whatever its kind) with <see cref="TaskDefKit.Ecr.EcrDocument"/>.
    /// </summary>
    public static class EcrJson
    {
        public static string Serialize(RepositoryDefinition repository, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(repository, nameof(repository)), RepositoryDefinition.Schema, indented);

        public static string Serialize(LifecyclePolicyInput input, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(input, nameof(input)), LifecyclePolicyInput.Schema, indented);

        public static EcsInputDocument<RepositoryDefinition> ParseRepository(string json, string? file = null) =>
            ParseRepository(new UTF8Encoding(false).GetBytes(Guard.NotNull(json, nameof(json))), file);

        /// <summary>Reads UTF-8 bytes (a byte order mark is skipped; UTF-16/32 are decoded).</summary>
        public static EcsInputDocument<RepositoryDefinition> ParseRepository(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<RepositoryDefinition>(Guard.NotNull(utf8, nameof(utf8)), file, RepositoryDefinition.Schema, "a create-repository input");

        public static EcsInputDocument<LifecyclePolicyInput> ParseLifecyclePolicyInput(string json, string? file = null) =>
            ParseLifecyclePolicyInput(new UTF8Encoding(false).GetBytes(Guard.NotNull(json, nameof(json))), file);

        /// <summary>Reads UTF-8 bytes (a byte order mark is skipped; UTF-16/32 are decoded).</summary>
        public static EcsInputDocument<LifecyclePolicyInput> ParseLifecyclePolicyInput(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<LifecyclePolicyInput>(Guard.NotNull(utf8, nameof(utf8)), file, LifecyclePolicyInput.Schema, "a put-lifecycle-policy input");
    }
}
