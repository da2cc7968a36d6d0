using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Details on an Elastic Inference accelerator task override.</summary>
    /// <remarks>ECS API model shape <c>InferenceAcceleratorOverride</c>; members and their order follow it.</remarks>
    public sealed partial class InferenceAcceleratorOverride : IHasAdditionalMembers
    {
        /// <summary>The Elastic Inference accelerator device name to override for the task.</summary>
        /// <remarks>JSON member <c>deviceName</c>.</remarks>
        public string? DeviceName { get; set; }

        /// <summary>The Elastic Inference accelerator type to use.</summary>
        /// <remarks>JSON member <c>deviceType</c>.</remarks>
        public string? DeviceType { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "InferenceAcceleratorOverride",
            typeof(InferenceAcceleratorOverride),
            () => new InferenceAcceleratorOverride(),
            new[]
            {
                MemberSchema.Scalar("deviceName", SchemaKind.String, false, o => ((InferenceAcceleratorOverride)o).DeviceName, (o, v) => ((InferenceAcceleratorOverride)o).DeviceName = (string?)v),
                MemberSchema.Scalar("deviceType", SchemaKind.String, false, o => ((InferenceAcceleratorOverride)o).DeviceType, (o, v) => ((InferenceAcceleratorOverride)o).DeviceType = (string?)v),
            });
    }
}
