using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>Targets are the resources to be invoked when a rule is triggered.</summary>
    /// <remarks>EventBridge API model shape <c>Target</c>; members and their order follow it.</remarks>
    public sealed partial class EventTarget : IHasAdditionalMembers
    {
        /// <summary>The ID of the target within the specified rule.</summary>
        /// <remarks>JSON member <c>Id</c> (required by the API).</remarks>
        public string? Id { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the target.</summary>
        /// <remarks>JSON member <c>Arn</c> (required by the API).</remarks>
        public string? Arn { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the IAM role to be used for this target when the rule is triggered.</summary>
        /// <remarks>JSON member <c>RoleArn</c>.</remarks>
        public string? RoleArn { get; set; }

        /// <summary>Valid JSON text passed to the target.</summary>
        /// <remarks>JSON member <c>Input</c>.</remarks>
        public string? Input { get; set; }

        /// <summary>The value of the JSONPath that is used for extracting part of the matched event when passing it to the target.</summary>
        /// <remarks>JSON member <c>InputPath</c>.</remarks>
        public string? InputPath { get; set; }

        /// <summary>Settings to enable you to provide custom input to a target based on certain event data.</summary>
        /// <remarks>JSON member <c>InputTransformer</c>.</remarks>
        public InputTransformer? InputTransformer { get; set; }

        /// <summary>The custom parameter you can use to control the shard assignment, when the target is a Kinesis data stream.</summary>
        /// <remarks>JSON member <c>KinesisParameters</c>.</remarks>
        public KinesisParameters? KinesisParameters { get; set; }

        /// <summary>Parameters used when you are using the rule to invoke Amazon EC2 Run Command.</summary>
        /// <remarks>JSON member <c>RunCommandParameters</c>.</remarks>
        public RunCommandParameters? RunCommandParameters { get; set; }

        /// <summary>Contains the Amazon ECS task definition and task count to be used, if the event target is an Amazon ECS task.</summary>
        /// <remarks>JSON member <c>EcsParameters</c>.</remarks>
        public EcsParameters? EcsParameters { get; set; }

        /// <summary>If the event target is an Batch job, this contains the job definition, job name, and other parameters.</summary>
        /// <remarks>JSON member <c>BatchParameters</c>.</remarks>
        public BatchParameters? BatchParameters { get; set; }

        /// <summary>Contains the message group ID to use when the target is a FIFO queue.</summary>
        /// <remarks>JSON member <c>SqsParameters</c>.</remarks>
        public SqsParameters? SqsParameters { get; set; }

        /// <summary>Contains the HTTP parameters to use when the target is a API Gateway endpoint or EventBridge ApiDestination.</summary>
        /// <remarks>JSON member <c>HttpParameters</c>.</remarks>
        public HttpParameters? HttpParameters { get; set; }

        /// <summary>Contains the Amazon Redshift Data API parameters to use when the target is a Amazon Redshift cluster.</summary>
        /// <remarks>JSON member <c>RedshiftDataParameters</c>.</remarks>
        public RedshiftDataParameters? RedshiftDataParameters { get; set; }

        /// <summary>Contains the SageMaker AI Model Building Pipeline parameters to start execution of a SageMaker AI Model Building Pipeline.</summary>
        /// <remarks>JSON member <c>SageMakerPipelineParameters</c>.</remarks>
        public SageMakerPipelineParameters? SageMakerPipelineParameters { get; set; }

        /// <summary>The DeadLetterConfig that defines the target queue to send dead-letter queue events to.</summary>
        /// <remarks>JSON member <c>DeadLetterConfig</c>.</remarks>
        public DeadLetterConfig? DeadLetterConfig { get; set; }

        /// <summary>The retry policy configuration to use for the dead-letter queue.</summary>
        /// <remarks>JSON member <c>RetryPolicy</c>.</remarks>
        public RetryPolicy? RetryPolicy { get; set; }

        /// <summary>Contains the GraphQL operation to be parsed and executed, if the event target is an AppSync API.</summary>
        /// <remarks>JSON member <c>AppSyncParameters</c>.</remarks>
        public AppSyncParameters? AppSyncParameters { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "Target",
            typeof(EventTarget),
            () => new EventTarget(),
            new[]
            {
                MemberSchema.Scalar("Id", SchemaKind.String, true, o => ((EventTarget)o).Id, (o, v) => ((EventTarget)o).Id = (string?)v),
                MemberSchema.Scalar("Arn", SchemaKind.String, true, o => ((EventTarget)o).Arn, (o, v) => ((EventTarget)o).Arn = (string?)v),
                MemberSchema.Scalar("RoleArn", SchemaKind.String, false, o => ((EventTarget)o).RoleArn, (o, v) => ((EventTarget)o).RoleArn = (string?)v),
                MemberSchema.Scalar("Input", SchemaKind.String, false, o => ((EventTarget)o).Input, (o, v) => ((EventTarget)o).Input = (string?)v),
                MemberSchema.Scalar("InputPath", SchemaKind.String, false, o => ((EventTarget)o).InputPath, (o, v) => ((EventTarget)o).InputPath = (string?)v),
                MemberSchema.Object("InputTransformer", false, () => InputTransformer.Schema, o => ((EventTarget)o).InputTransformer, (o, v) => ((EventTarget)o).InputTransformer = (InputTransformer?)v),
                MemberSchema.Object("KinesisParameters", false, () => KinesisParameters.Schema, o => ((EventTarget)o).KinesisParameters, (o, v) => ((EventTarget)o).KinesisParameters = (KinesisParameters?)v),
                MemberSchema.Object("RunCommandParameters", false, () => RunCommandParameters.Schema, o => ((EventTarget)o).RunCommandParameters, (o, v) => ((EventTarget)o).RunCommandParameters = (RunCommandParameters?)v),
                MemberSchema.Object("EcsParameters", false, () => EcsParameters.Schema, o => ((EventTarget)o).EcsParameters, (o, v) => ((EventTarget)o).EcsParameters = (EcsParameters?)v),
                MemberSchema.Object("BatchParameters", false, () => BatchParameters.Schema, o => ((EventTarget)o).BatchParameters, (o, v) => ((EventTarget)o).BatchParameters = (BatchParameters?)v),
                MemberSchema.Object("SqsParameters", false, () => SqsParameters.Schema, o => ((EventTarget)o).SqsParameters, (o, v) => ((EventTarget)o).SqsParameters = (SqsParameters?)v),
                MemberSchema.Object("HttpParameters", false, () => HttpParameters.Schema, o => ((EventTarget)o).HttpParameters, (o, v) => ((EventTarget)o).HttpParameters = (HttpParameters?)v),
                MemberSchema.Object("RedshiftDataParameters", false, () => RedshiftDataParameters.Schema, o => ((EventTarget)o).RedshiftDataParameters, (o, v) => ((EventTarget)o).RedshiftDataParameters = (RedshiftDataParameters?)v),
                MemberSchema.Object("SageMakerPipelineParameters", false, () => SageMakerPipelineParameters.Schema, o => ((EventTarget)o).SageMakerPipelineParameters, (o, v) => ((EventTarget)o).SageMakerPipelineParameters = (SageMakerPipelineParameters?)v),
                MemberSchema.Object("DeadLetterConfig", false, () => DeadLetterConfig.Schema, o => ((EventTarget)o).DeadLetterConfig, (o, v) => ((EventTarget)o).DeadLetterConfig = (DeadLetterConfig?)v),
                MemberSchema.Object("RetryPolicy", false, () => RetryPolicy.Schema, o => ((EventTarget)o).RetryPolicy, (o, v) => ((EventTarget)o).RetryPolicy = (RetryPolicy?)v),
                MemberSchema.Object("AppSyncParameters", false, () => AppSyncParameters.Schema, o => ((EventTarget)o).AppSyncParameters, (o, v) => ((EventTarget)o).AppSyncParameters = (AppSyncParameters?)v),
            });
    }
}
