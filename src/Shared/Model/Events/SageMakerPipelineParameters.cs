using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>These are custom parameters to use when the target is a SageMaker AI Model Building Pipeline that starts based on EventBridge events.</summary>
    /// <remarks>EventBridge API model shape <c>SageMakerPipelineParameters</c>; members and their order follow it.</remarks>
    public sealed partial class SageMakerPipelineParameters : IHasAdditionalMembers
    {
        /// <summary>List of Parameter names and values for SageMaker AI Model Building Pipeline execution.</summary>
        /// <remarks>JSON member <c>PipelineParameterList</c>.</remarks>
        public List<SageMakerPipelineParameter>? PipelineParameterList { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "SageMakerPipelineParameters",
            typeof(SageMakerPipelineParameters),
            () => new SageMakerPipelineParameters(),
            new[]
            {
                MemberSchema.List("PipelineParameterList", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Events.SageMakerPipelineParameter>(), o => ((SageMakerPipelineParameters)o).PipelineParameterList, (o, v) => ((SageMakerPipelineParameters)o).PipelineParameterList = (List<global::TaskDefKit.Model.Events.SageMakerPipelineParameter>?)v, elementSchema: () => global::TaskDefKit.Model.Events.SageMakerPipelineParameter.Schema),
            });
    }
}
