using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Json
{
    public class CorpusReadTests
    {
        public static IEnumerable<object[]> CorpusFiles() =>
            Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json").OrderBy(f => f, System.StringComparer.Ordinal)
                .Select(f => new object[] { Path.GetFileName(f) });

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void Every_corpus_file_is_read_without_an_exception(string name)
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Load(Path.Combine(RepoPaths.CorpusTaskDefinitions, name));
            var diagnostics = document.Validate();
            Assert.True(document.Definition != null || diagnostics.Count > 0, "an unreadable file must say why");
            foreach (var d in diagnostics)
            {
                Assert.NotNull(d.Location);
            }
        }
    }
}
