using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>The input of CreateRepository (<c>aws ecr create-repository --cli-input-json</c>).</summary>
    /// <remarks>ECR API model shape <c>CreateRepositoryRequest</c>; members and their order follow it.</remarks>
    public sealed partial class RepositoryDefinition : IHasAdditionalMembers
    {
        /// <summary>The Amazon Web Services account ID associated with the registry to create the repository.</summary>
        /// <remarks>JSON member <c>registryId</c>.</remarks>
        public string? RegistryId { get; set; }

        /// <summary>The name to use for the repository.</summary>
        /// <remarks>JSON member <c>repositoryName</c> (required by the API).</remarks>
        public string? RepositoryName { get; set; }

        /// <summary>The metadata that you apply to the repository to help you categorize and organize them.</summary>
        /// <remarks>JSON member <c>tags</c>.</remarks>
        public List<Tag>? Tags { get; set; }

        /// <summary>The tag mutability setting for the repository.</summary>
        /// <remarks>JSON member <c>imageTagMutability</c>.</remarks>
        public ImageTagMutability? ImageTagMutability { get; set; }

        /// <summary>A list of filters that specify which image tags should be excluded from the repository's image tag mutability setting.</summary>
        /// <remarks>JSON member <c>imageTagMutabilityExclusionFilters</c>.</remarks>
        public List<ImageTagMutabilityExclusionFilter>? ImageTagMutabilityExclusionFilters { get; set; }

        /// <summary>The imageScanningConfiguration parameter is being deprecated, in favor of specifying the image scanning configuration at the registry level.</summary>
        /// <remarks>JSON member <c>imageScanningConfiguration</c>.</remarks>
        public ImageScanningConfiguration? ImageScanningConfiguration { get; set; }

        /// <summary>The encryption configuration for the repository.</summary>
        /// <remarks>JSON member <c>encryptionConfiguration</c>.</remarks>
        public EncryptionConfiguration? EncryptionConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "CreateRepositoryRequest",
            typeof(RepositoryDefinition),
            () => new RepositoryDefinition(),
            new[]
            {
                MemberSchema.Scalar("registryId", SchemaKind.String, false, o => ((RepositoryDefinition)o).RegistryId, (o, v) => ((RepositoryDefinition)o).RegistryId = (string?)v),
                MemberSchema.Scalar("repositoryName", SchemaKind.String, true, o => ((RepositoryDefinition)o).RepositoryName, (o, v) => ((RepositoryDefinition)o).RepositoryName = (string?)v),
                MemberSchema.List("tags", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Ecr.Tag>(), o => ((RepositoryDefinition)o).Tags, (o, v) => ((RepositoryDefinition)o).Tags = (List<global::TaskDefKit.Model.Ecr.Tag>?)v, elementSchema: () => global::TaskDefKit.Model.Ecr.Tag.Schema),
                MemberSchema.Enum("imageTagMutability", false, s => new ImageTagMutability(s), o => ((RepositoryDefinition)o).ImageTagMutability, (o, v) => ((RepositoryDefinition)o).ImageTagMutability = (ImageTagMutability?)v),
                MemberSchema.List("imageTagMutabilityExclusionFilters", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Ecr.ImageTagMutabilityExclusionFilter>(), o => ((RepositoryDefinition)o).ImageTagMutabilityExclusionFilters, (o, v) => ((RepositoryDefinition)o).ImageTagMutabilityExclusionFilters = (List<global::TaskDefKit.Model.Ecr.ImageTagMutabilityExclusionFilter>?)v, elementSchema: () => global::TaskDefKit.Model.Ecr.ImageTagMutabilityExclusionFilter.Schema),
                MemberSchema.Object("imageScanningConfiguration", false, () => ImageScanningConfiguration.Schema, o => ((RepositoryDefinition)o).ImageScanningConfiguration, (o, v) => ((RepositoryDefinition)o).ImageScanningConfiguration = (ImageScanningConfiguration?)v),
                MemberSchema.Object("encryptionConfiguration", false, () => EncryptionConfiguration.Schema, o => ((RepositoryDefinition)o).EncryptionConfiguration, (o, v) => ((RepositoryDefinition)o).EncryptionConfiguration = (EncryptionConfiguration?)v),
            });
    }
}
