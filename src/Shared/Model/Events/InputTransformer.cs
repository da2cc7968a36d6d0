using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>Contains the parameters needed for you to provide custom input to a target based on one or more pieces of data extracted from the event.</summary>
    /// <remarks>EventBridge API model shape <c>InputTransformer</c>; members and their order follow it.</remarks>
    public sealed partial class InputTransformer : IHasAdditionalMembers
    {
        /// <summary>Map of JSON paths to be extracted from the event.</summary>
        /// <remarks>JSON member <c>InputPathsMap</c>.</remarks>
        public Dictionary<string, string>? InputPathsMap { get; set; }

        /// <summary>Input template where you specify placeholders that will be filled with the values of the keys from InputPathsMap to customize the data sent to the target.</summary>
        /// <remarks>JSON member <c>InputTemplate</c> (required by the API).</remarks>
        public string? InputTemplate { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "InputTransformer",
            typeof(InputTransformer),
            () => new InputTransformer(),
            new[]
            {
                MemberSchema.Map("InputPathsMap", false, o => ((InputTransformer)o).InputPathsMap, (o, v) => ((InputTransformer)o).InputPathsMap = (Dictionary<string, string>?)v),
                MemberSchema.Scalar("InputTemplate", SchemaKind.String, true, o => ((InputTransformer)o).InputTemplate, (o, v) => ((InputTransformer)o).InputTemplate = (string?)v),
            });
    }
}
