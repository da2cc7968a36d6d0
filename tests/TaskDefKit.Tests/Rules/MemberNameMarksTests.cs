using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules
{
    /// <summary>The check every rule test runs on its findings (<see cref="MemberNameMarks"/>) catches what it must and only that.</summary>
    public class MemberNameMarksTests
    {
        [Theory]
        [InlineData("remove networkMode or set it to awsvpc.", "networkMode")]
        [InlineData("Container 'web' has a dependsOn entry without condition.", "dependsOn")]
        [InlineData("set \"essential\": false on it.", "essential")]
        [InlineData("remove it from linuxParameters.capabilities.add.", "linuxParameters")]
        public void A_member_name_written_as_text_is_caught(string message, string name) =>
            Assert.Equal(new[] { name }, MemberNameMarks.Unmarked(message));

        [Theory]
        [InlineData("remove \uE000networkMode\uE001 or set it to awsvpc.")]
        [InlineData("set \"\uE000essential\uE001\": false on it.")]
        [InlineData("maps \uE000containerPort\uE001 0 (AWS: \"Invalid 'containerPort' setting\"): use 1-65535.")]
        [InlineData("spread field 'instanceId' is not attribute:<name>, e.g. ecs:DescribeTaskDefinition.")]
        [InlineData("Container 'web' needs memory: set a number of MiB.")]
        [InlineData("'secretThing' is not a member of ContainerDefinition (/containerDefinitions/0/portMappings/1).")]
        public void Marked_names_quotations_of_AWS_values_and_plain_words_pass(string message) =>
            Assert.Empty(MemberNameMarks.Unmarked(message));

        [Fact]
        public void A_rule_message_with_a_mark_renders_in_each_naming()
        {
            var finding = new RuleDiagnostic("TDK1009", RuleSeverity.Error, "remove " + MemberName.Mark("networkMode") + ".", "/networkMode");
            Assert.Equal("remove networkMode.", finding.Message);
            Assert.Equal("remove NetworkMode.", finding.MessageNaming(name => char.ToUpperInvariant(name[0]) + name.Substring(1)));
            Assert.Empty(MemberNameMarks.Unmarked(finding.MarkedMessage));
        }
    }
}
