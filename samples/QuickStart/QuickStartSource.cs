using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Registration;

[assembly: TaskDefinitionSource(typeof(TaskDefKit.Samples.QuickStart.QuickStartSource))]

namespace TaskDefKit.Samples.QuickStart
{
    /// <summary>Offers the QuickStart definitions to <c>taskdef emit</c> as well.</summary>
    public sealed class QuickStartSource : ITaskDefinitionSource
    {
        /// <inheritdoc />
        public IEnumerable<TaskDefinition> GetTaskDefinitions()
        {
            foreach ((string _, Builders.TaskDefinitionBuilder builder) in QuickStartDefinitions.All())
            {
                yield return builder.Build().Definition;
            }
        }
    }
}
