using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>A list of files containing the environment variables to pass to a container.</summary>
    /// <remarks>ECS API model shape <c>EnvironmentFile</c>; members and their order follow it.</remarks>
    public sealed partial class EnvironmentFile : IHasAdditionalMembers
    {
        /// <summary>The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable file.</summary>
        /// <remarks>JSON member <c>value</c> (required by the API).</remarks>
        public string? Value { get; set; }

        /// <summary>The file type to use.</summary>
        /// <remarks>JSON member <c>type</c> (required by the API).</remarks>
        public EnvironmentFileType? Type { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "EnvironmentFile",
            typeof(EnvironmentFile),
            () => new EnvironmentFile(),
            new[]
            {
                MemberSchema.Scalar("value", SchemaKind.String, true, o => ((EnvironmentFile)o).Value, (o, v) => ((EnvironmentFile)o).Value = (string?)v),
                MemberSchema.Enum("type", true, s => new EnvironmentFileType(s), o => ((EnvironmentFile)o).Type, (o, v) => ((EnvironmentFile)o).Type = (EnvironmentFileType?)v),
            });
    }
}
