using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>A filter that specifies which image tags should be excluded from the repository's image tag mutability setting.</summary>
    /// <remarks>ECR API model shape <c>ImageTagMutabilityExclusionFilter</c>; members and their order follow it.</remarks>
    public sealed partial class ImageTagMutabilityExclusionFilter : IHasAdditionalMembers
    {
        /// <summary>The type of filter to apply for excluding image tags from mutability settings.</summary>
        /// <remarks>JSON member <c>filterType</c> (required by the API).</remarks>
        public ImageTagMutabilityExclusionFilterType? FilterType { get; set; }

        /// <summary>The filter value used to match image tags for exclusion from mutability settings.</summary>
        /// <remarks>JSON member <c>filter</c> (required by the API).</remarks>
        public string? Filter { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ImageTagMutabilityExclusionFilter",
            typeof(ImageTagMutabilityExclusionFilter),
            () => new ImageTagMutabilityExclusionFilter(),
            new[]
            {
                MemberSchema.Enum("filterType", true, s => new ImageTagMutabilityExclusionFilterType(s), o => ((ImageTagMutabilityExclusionFilter)o).FilterType, (o, v) => ((ImageTagMutabilityExclusionFilter)o).FilterType = (ImageTagMutabilityExclusionFilterType?)v),
                MemberSchema.Scalar("filter", SchemaKind.String, true, o => ((ImageTagMutabilityExclusionFilter)o).Filter, (o, v) => ((ImageTagMutabilityExclusionFilter)o).Filter = (string?)v),
            });
    }
}
