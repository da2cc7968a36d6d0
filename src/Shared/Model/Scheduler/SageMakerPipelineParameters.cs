using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>The templated target type for the Amazon SageMaker StartPipelineExecution API operation.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>SageMakerPipelineParameters</c>; members and their order follow it.</remarks>
    public sealed partial class SageMakerPipelineParameters : IHasAdditionalMembers
    {
        /// <summary>List of parameter names and values to use when executing the SageMaker Model Building Pipeline.</summary>
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
                MemberSchema.List("PipelineParameterList", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Scheduler.SageMakerPipelineParameter>(), o => ((SageMakerPipelineParameters)o).PipelineParameterList, (o, v) => ((SageMakerPipelineParameters)o).PipelineParameterList = (List<global::TaskDefKit.Model.Scheduler.SageMakerPipelineParameter>?)v, elementSchema: () => global::TaskDefKit.Model.Scheduler.SageMakerPipelineParameter.Schema),
            });
    }
}
