using System;

namespace TaskDefKit.Registration
{
    /// <summary>
    /// Names a type that provides task definitions to <c>taskdef emit</c>: either a class implementing
    /// <see cref="ITaskDefinitionSource"/>, or a class with a public static <c>Definition</c> property of type
    /// <see cref="Model.TaskDefinition"/> (what the source generator writes for attributed classes; it also writes
    /// this attribute for them).
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class TaskDefinitionSourceAttribute : Attribute
    {
        public TaskDefinitionSourceAttribute(Type sourceType)
        {
            SourceType = sourceType;
        }

        public Type SourceType { get; }
    }
}
