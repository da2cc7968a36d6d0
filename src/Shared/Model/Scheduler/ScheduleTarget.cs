using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>The schedule's target.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>Target</c>; members and their order follow it.</remarks>
    public sealed partial class ScheduleTarget : IHasAdditionalMembers
    {
        /// <summary>The Amazon Resource Name (ARN) of the target.</summary>
        /// <remarks>JSON member <c>Arn</c> (required by the API).</remarks>
        public string? Arn { get; set; }

        /// <summary>An object that contains information about an Amazon SQS queue that EventBridge Scheduler uses as a dead-letter queue for your schedule.</summary>
        /// <remarks>JSON member <c>DeadLetterConfig</c>.</remarks>
        public DeadLetterConfig? DeadLetterConfig { get; set; }

        /// <summary>The templated target type for the Amazon ECS RunTask API operation.</summary>
        /// <remarks>JSON member <c>EcsParameters</c>.</remarks>
        public EcsParameters? EcsParameters { get; set; }

        /// <summary>The templated target type for the EventBridge PutEvents API operation.</summary>
        /// <remarks>JSON member <c>EventBridgeParameters</c>.</remarks>
        public EventBridgeParameters? EventBridgeParameters { get; set; }

        /// <summary>The text, or well-formed JSON, passed to the target.</summary>
        /// <remarks>JSON member <c>Input</c>.</remarks>
        public string? Input { get; set; }

        /// <summary>The templated target type for the Amazon Kinesis PutRecord API operation.</summary>
        /// <remarks>JSON member <c>KinesisParameters</c>.</remarks>
        public KinesisParameters? KinesisParameters { get; set; }

        /// <summary>A RetryPolicy object that includes information about the retry policy settings, including the maximum age of an event, and the maximum number of times EventBridge Scheduler will try to deliver the event to a target.</summary>
        /// <remarks>JSON member <c>RetryPolicy</c>.</remarks>
        public RetryPolicy? RetryPolicy { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the IAM role that EventBridge Scheduler will use for this target when the schedule is invoked.</summary>
        /// <remarks>JSON member <c>RoleArn</c> (required by the API).</remarks>
        public string? RoleArn { get; set; }

        /// <summary>The templated target type for the Amazon SageMaker StartPipelineExecution API operation.</summary>
        /// <remarks>JSON member <c>SageMakerPipelineParameters</c>.</remarks>
        public SageMakerPipelineParameters? SageMakerPipelineParameters { get; set; }

        /// <summary>The templated target type for the Amazon SQS SendMessage API operation.</summary>
        /// <remarks>JSON member <c>SqsParameters</c>.</remarks>
        public SqsParameters? SqsParameters { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "Target",
            typeof(ScheduleTarget),
            () => new ScheduleTarget(),
            new[]
            {
                MemberSchema.Scalar("Arn", SchemaKind.String, true, o => ((ScheduleTarget)o).Arn, (o, v) => ((ScheduleTarget)o).Arn = (string?)v),
                MemberSchema.Object("DeadLetterConfig", false, () => DeadLetterConfig.Schema, o => ((ScheduleTarget)o).DeadLetterConfig, (o, v) => ((ScheduleTarget)o).DeadLetterConfig = (DeadLetterConfig?)v),
                MemberSchema.Object("EcsParameters", false, () => EcsParameters.Schema, o => ((ScheduleTarget)o).EcsParameters, (o, v) => ((ScheduleTarget)o).EcsParameters = (EcsParameters?)v),
                MemberSchema.Object("EventBridgeParameters", false, () => EventBridgeParameters.Schema, o => ((ScheduleTarget)o).EventBridgeParameters, (o, v) => ((ScheduleTarget)o).EventBridgeParameters = (EventBridgeParameters?)v),
                MemberSchema.Scalar("Input", SchemaKind.String, false, o => ((ScheduleTarget)o).Input, (o, v) => ((ScheduleTarget)o).Input = (string?)v),
                MemberSchema.Object("KinesisParameters", false, () => KinesisParameters.Schema, o => ((ScheduleTarget)o).KinesisParameters, (o, v) => ((ScheduleTarget)o).KinesisParameters = (KinesisParameters?)v),
                MemberSchema.Object("RetryPolicy", false, () => RetryPolicy.Schema, o => ((ScheduleTarget)o).RetryPolicy, (o, v) => ((ScheduleTarget)o).RetryPolicy = (RetryPolicy?)v),
                MemberSchema.Scalar("RoleArn", SchemaKind.String, true, o => ((ScheduleTarget)o).RoleArn, (o, v) => ((ScheduleTarget)o).RoleArn = (string?)v),
                MemberSchema.Object("SageMakerPipelineParameters", false, () => SageMakerPipelineParameters.Schema, o => ((ScheduleTarget)o).SageMakerPipelineParameters, (o, v) => ((ScheduleTarget)o).SageMakerPipelineParameters = (SageMakerPipelineParameters?)v),
                MemberSchema.Object("SqsParameters", false, () => SqsParameters.Schema, o => ((ScheduleTarget)o).SqsParameters, (o, v) => ((ScheduleTarget)o).SqsParameters = (SqsParameters?)v),
            });
    }
}
