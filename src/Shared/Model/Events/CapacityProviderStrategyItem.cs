using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>The details of a capacity provider strategy.</summary>
    /// <remarks>EventBridge API model shape <c>CapacityProviderStrategyItem</c>; members and their order follow it.</remarks>
    public sealed partial class CapacityProviderStrategyItem : IHasAdditionalMembers
    {
        /// <summary>The short name of the capacity provider.</summary>
        /// <remarks>JSON member <c>capacityProvider</c> (required by the API).</remarks>
        public string? CapacityProvider { get; set; }

        /// <summary>The weight value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider.</summary>
        /// <remarks>JSON member <c>weight</c>.</remarks>
        public int? Weight { get; set; }

        /// <summary>The base value designates how many tasks, at a minimum, to run on the specified capacity provider.</summary>
        /// <remarks>JSON member <c>base</c>.</remarks>
        public int? Base { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "CapacityProviderStrategyItem",
            typeof(CapacityProviderStrategyItem),
            () => new CapacityProviderStrategyItem(),
            new[]
            {
                MemberSchema.Scalar("capacityProvider", SchemaKind.String, true, o => ((CapacityProviderStrategyItem)o).CapacityProvider, (o, v) => ((CapacityProviderStrategyItem)o).CapacityProvider = (string?)v),
                MemberSchema.Scalar("weight", SchemaKind.Integer, false, o => ((CapacityProviderStrategyItem)o).Weight, (o, v) => ((CapacityProviderStrategyItem)o).Weight = (int?)v),
                MemberSchema.Scalar("base", SchemaKind.Integer, false, o => ((CapacityProviderStrategyItem)o).Base, (o, v) => ((CapacityProviderStrategyItem)o).Base = (int?)v),
            });
    }
}
