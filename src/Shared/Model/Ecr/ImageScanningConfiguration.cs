using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>The image scanning configuration for a repository.</summary>
    /// <remarks>ECR API model shape <c>ImageScanningConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ImageScanningConfiguration : IHasAdditionalMembers
    {
        /// <summary>The setting that determines whether images are scanned after being pushed to a repository.</summary>
        /// <remarks>JSON member <c>scanOnPush</c>.</remarks>
        public bool? ScanOnPush { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ImageScanningConfiguration",
            typeof(ImageScanningConfiguration),
            () => new ImageScanningConfiguration(),
            new[]
            {
                MemberSchema.Scalar("scanOnPush", SchemaKind.Boolean, false, o => ((ImageScanningConfiguration)o).ScanOnPush, (o, v) => ((ImageScanningConfiguration)o).ScanOnPush = (bool?)v),
            });
    }
}
