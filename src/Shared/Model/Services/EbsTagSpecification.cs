using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The tag specifications of an Amazon EBS volume.</summary>
    /// <remarks>ECS API model shape <c>EBSTagSpecification</c>; members and their order follow it.</remarks>
    public sealed partial class EbsTagSpecification : IHasAdditionalMembers
    {
        /// <summary>The type of volume resource.</summary>
        /// <remarks>JSON member <c>resourceType</c> (required by the API).</remarks>
        public EbsResourceType? ResourceType { get; set; }

        /// <summary>The tags applied to this Amazon EBS volume.</summary>
        /// <remarks>JSON member <c>tags</c>.</remarks>
        public List<Tag>? Tags { get; set; }

        /// <summary>Determines whether to propagate the tags from the task definition to the Amazon EBS volume.</summary>
        /// <remarks>JSON member <c>propagateTags</c>.</remarks>
        public PropagateTags? PropagateTags { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "EBSTagSpecification",
            typeof(EbsTagSpecification),
            () => new EbsTagSpecification(),
            new[]
            {
                MemberSchema.Enum("resourceType", true, s => new EbsResourceType(s), o => ((EbsTagSpecification)o).ResourceType, (o, v) => ((EbsTagSpecification)o).ResourceType = (EbsResourceType?)v),
                MemberSchema.List("tags", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Tag>(), o => ((EbsTagSpecification)o).Tags, (o, v) => ((EbsTagSpecification)o).Tags = (List<global::TaskDefKit.Model.Tag>?)v, elementSchema: () => global::TaskDefKit.Model.Tag.Schema),
                MemberSchema.Enum("propagateTags", false, s => new PropagateTags(s), o => ((EbsTagSpecification)o).PropagateTags, (o, v) => ((EbsTagSpecification)o).PropagateTags = (PropagateTags?)v),
            });
    }
}
