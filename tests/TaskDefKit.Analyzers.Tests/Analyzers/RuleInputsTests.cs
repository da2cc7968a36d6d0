extern alias analyzers;

using System.Linq;
using analyzers::TaskDefKit.Analyzers.Builder;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>The builder analyzer reads what each rule depends on from the rule class's [BuilderInputs].</summary>
    public class RuleInputsTests
    {
        [Fact]
        public void Declared_inputs_are_read_from_the_rule_class()
        {
            RuleInputs.Input essential = RuleInputs.Find("TDK1004");
            Assert.True(essential.NeedsCompleteChain);
            Assert.Equal("/containerDefinitions/0/essential", essential.ReportAt);
            Assert.Equal(new[] { "/containerDefinitions/#", "/containerDefinitions/*/essential" }, essential.Reads);

            RuleInputs.Input cpu = RuleInputs.Find("TDK1011");
            Assert.False(cpu.NeedsCompleteChain);
            Assert.Equal(new[] { "/cpu" }, cpu.Reads);
        }

        [Fact]
        public void A_rule_without_a_declaration_needs_a_whole_fully_known_definition()
        {
            RuleInputs.Input links = RuleInputs.Find("TDK2019");
            Assert.Same(RuleInputs.Input.Everything, links);
            Assert.True(links.NeedsCompleteChain);
            Assert.Null(links.Reads);
        }

        [Fact]
        public void Every_declared_input_is_a_JSON_pointer()
        {
            foreach (TaskDefKit.Rules.RuleInfo rule in TaskDefKit.Rules.RuleCatalog.All)
            {
                RuleInputs.Input input = RuleInputs.Find(rule.Id);
                Assert.All(input.Reads ?? Enumerable.Empty<string>(), pointer => Assert.StartsWith("/", pointer));
            }
        }
    }
}
