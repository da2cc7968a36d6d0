using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Corpus
{
    /// <summary>
    /// When TaskDefKit finds no error in a real-world definition, what it emits for it passes AWS's own client-side
    /// validation, strict mode included (enums and maximums): TaskDefKit's "valid" never contradicts AWS's model.
    /// </summary>
    public class EmittedCorpusOracleTests
    {
        [Fact]
        public void Emitted_json_of_every_corpus_definition_without_errors_passes_ecs_validate_strict()
        {
            var emitted = new Dictionary<string, string>();
            foreach (string path in Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json").OrderBy(p => p, System.StringComparer.Ordinal))
            {
                TaskDefinitionDocument document = TaskDefinitionDocument.Load(path);
                if (document.Definition != null && !document.Validate().Any(d => d.Severity == RuleSeverity.Error))
                {
                    emitted[Path.GetFileName(path)] = TaskDefinitionJson.Serialize(document.Definition);
                }
            }

            Assert.True(emitted.Count >= 10, "only " + emitted.Count + " corpus files are free of errors");
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(emitted, strict: true);
            Assert.True(verdict.AllValid, verdict.Output);
        }
    }
}
