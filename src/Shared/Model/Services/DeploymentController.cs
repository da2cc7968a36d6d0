using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The deployment controller to use for the service.</summary>
    /// <remarks>ECS API model shape <c>DeploymentController</c>; members and their order follow it.</remarks>
    public sealed partial class DeploymentController : IHasAdditionalMembers
    {
        /// <summary>The deployment controller type to use.</summary>
        /// <remarks>JSON member <c>type</c> (required by the API).</remarks>
        public DeploymentControllerType? Type { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "DeploymentController",
            typeof(DeploymentController),
            () => new DeploymentController(),
            new[]
            {
                MemberSchema.Enum("type", true, s => new DeploymentControllerType(s), o => ((DeploymentController)o).Type, (o, v) => ((DeploymentController)o).Type = (DeploymentControllerType?)v),
            });
    }
}
