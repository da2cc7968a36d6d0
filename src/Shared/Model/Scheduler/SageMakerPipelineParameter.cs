using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>The name and value pair of a parameter to use to start execution of a SageMaker Model Building Pipeline.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>SageMakerPipelineParameter</c>; members and their order follow it.</remarks>
    public sealed partial class SageMakerPipelineParameter : IHasAdditionalMembers
    {
        /// <summary>Name of parameter to start execution of a SageMaker Model Building Pipeline.</summary>
        /// <remarks>JSON member <c>Name</c> (required by the API).</remarks>
        public string? Name { get; set; }

        /// <summary>Value of parameter to start execution of a SageMaker Model Building Pipeline.</summary>
        /// <remarks>JSON member <c>Value</c> (required by the API).</remarks>
        public string? Value { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "SageMakerPipelineParameter",
            typeof(SageMakerPipelineParameter),
            () => new SageMakerPipelineParameter(),
            new[]
            {
                MemberSchema.Scalar("Name", SchemaKind.String, true, o => ((SageMakerPipelineParameter)o).Name, (o, v) => ((SageMakerPipelineParameter)o).Name = (string?)v),
                MemberSchema.Scalar("Value", SchemaKind.String, true, o => ((SageMakerPipelineParameter)o).Value, (o, v) => ((SageMakerPipelineParameter)o).Value = (string?)v),
            });
    }
}
