using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>Details on an Elastic Inference accelerator.</summary>
    /// <remarks>ECS API model shape <c>InferenceAccelerator</c>; members and their order follow it.</remarks>
    public sealed partial class InferenceAccelerator : IHasAdditionalMembers
    {
        /// <summary>The Elastic Inference accelerator device name.</summary>
        /// <remarks>JSON member <c>deviceName</c> (required by the API).</remarks>
        public string? DeviceName { get; set; }

        /// <summary>The Elastic Inference accelerator type to use.</summary>
        /// <remarks>JSON member <c>deviceType</c> (required by the API).</remarks>
        public string? DeviceType { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "InferenceAccelerator",
            typeof(InferenceAccelerator),
            () => new InferenceAccelerator(),
            new[]
            {
                MemberSchema.Scalar("deviceName", SchemaKind.String, true, o => ((InferenceAccelerator)o).DeviceName, (o, v) => ((InferenceAccelerator)o).DeviceName = (string?)v),
                MemberSchema.Scalar("deviceType", SchemaKind.String, true, o => ((InferenceAccelerator)o).DeviceType, (o, v) => ((InferenceAccelerator)o).DeviceType = (string?)v),
            });
    }
}
