using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Json;
using AttributedSample = TaskDefKit.Samples.Attributed.Program;
using TaskDefKit.Samples.QuickStart;

namespace TaskDefKit.Analyzers.Tests.Samples
{
    /// <summary>
    /// samples/Attributed declares QuickStart's definitions with attributes: the JSON the generator computes at compile
    /// time is, byte for byte, the file QuickStart writes (<c>TaskDefinitionBuildResult.WriteFile</c>).
    /// </summary>
    public class AttributedEqualsQuickStartTests
    {
        public static TheoryData<string> Files => new() { "shop-web.fargate.json", "shop-worker.ec2.json" };

        [Theory]
        [MemberData(nameof(Files))]
        public void The_attributed_definition_writes_QuickStarts_bytes(string fileName)
        {
            TaskDefinitionBuilder builder = Assert.Single(QuickStartDefinitions.All(), d => d.FileName == fileName).Builder;
            TaskDefinitionBuildResult quickStart = builder.Build();
            Assert.False(quickStart.HasErrors);
            string attributed = Assert.Single(AttributedSample.Definitions, d => d.FileName == fileName).Json;

            Assert.Equal(quickStart.ToJson(), attributed);
            Assert.Equal(TaskDefinitionJson.SerializeToUtf8(quickStart.Definition), AttributedSample.FileBytes(attributed)); // the files on disk
        }

        [Fact]
        public void Both_samples_write_the_same_files()
        {
            Assert.Equal(
                QuickStartDefinitions.All().Select(d => d.FileName),
                AttributedSample.Definitions.Select(d => d.FileName));
        }
    }
}
