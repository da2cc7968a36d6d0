using System.Collections.Generic;
using TaskDefKit.Model;

namespace TaskDefKit.Registration
{
    /// <summary>
    /// Provides task definitions authored in code (with the builder) to <c>taskdef emit</c> and the build's emit step.
    /// Register the class with <see cref="TaskDefinitionSourceAttribute"/>; it needs a public parameterless constructor.
    /// </summary>
    /// <example>
    /// <code>
    /// [assembly: TaskDefinitionSource(typeof(MyDefinitions))]
    /// public sealed class MyDefinitions : ITaskDefinitionSource
    /// {
    ///     public IEnumerable&lt;TaskDefinition&gt; GetTaskDefinitions() { yield return ...; }
    /// }
    /// </code>
    /// </example>
    public interface ITaskDefinitionSource
    {
        IEnumerable<TaskDefinition> GetTaskDefinitions();
    }
}
