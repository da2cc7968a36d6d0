using System;
using System.Text;
using TaskDefKit.Terraform.Hcl;

namespace TaskDefKit.Tests.Terraform
{
    public class HclParserTests
    {
        private const string Sample =
            "# comment\n" +
            "// another\n" +
            "/* block\n   comment */\n" +
            "resource \"aws_ecs_task_definition\" \"web\" {\n" +
            "  family = \"web\"\n" +
            "  cpu    = 256\n" +
            "  tags   = { Team = \"a\", \"x-y\" = true }\n" +
            "  list   = [1, -2.5e3, null, var.x]\n" +
            "  image  = \"repo:${var.tag}\"\n" +
            "  size   = var.big ? 2 : 1\n" +
            "  names  = [for c in var.c : c.name]\n" +
            "  body = <<-EOF\n" +
            "    {\n" +
            "      \"a\": 1\n" +
            "    }\n" +
            "    EOF\n" +
            "  volume {\n" +
            "    name = \"data\"\n" +
            "  }\n" +
            "}\n";

        [Fact]
        public void Reads_blocks_attributes_and_values_with_positions()
        {
            HclFile file = HclParser.Parse(Sample);
            Assert.Null(file.Error);
            Assert.Empty(file.Problems);
            HclBlock resource = Assert.Single(file.Body.Blocks);
            Assert.Equal(new[] { "aws_ecs_task_definition", "web" }, resource.Labels);
            Assert.Equal(5, resource.Position.Line);

            HclAttribute cpu = resource.Body.Attribute("cpu")!;
            Assert.Equal((7, 3), (cpu.Position.Line, cpu.Position.Column));
            Assert.Equal("256", Assert.IsType<HclLiteral>(cpu.Value).Text);
            Assert.Equal((7, 12), (cpu.Value.Position.Line, cpu.Value.Position.Column));

            HclObject tags = Assert.IsType<HclObject>(resource.Body.Attribute("tags")!.Value);
            Assert.Equal(new[] { "Team", "x-y" }, new[] { tags.Items[0].LiteralKey, tags.Items[1].LiteralKey });

            HclTuple list = Assert.IsType<HclTuple>(resource.Body.Attribute("list")!.Value);
            Assert.Equal("-2.5e3", Assert.IsType<HclLiteral>(list.Items[1]).Text);
            Assert.Equal(HclLiteralKind.Null, Assert.IsType<HclLiteral>(list.Items[2]).Kind);
            Assert.Equal(".x", Assert.IsType<HclReference>(list.Items[3]).Traversal[0]);

            HclTemplate image = Assert.IsType<HclTemplate>(resource.Body.Attribute("image")!.Value);
            Assert.False(image.IsKnown);
            HclReference tag = Assert.IsType<HclReference>(image.Parts[1]);
            Assert.Equal((10, 20), (tag.Position.Line, tag.Position.Column));

            Assert.Equal("var.big ? 2 : 1", Assert.IsType<HclComputed>(resource.Body.Attribute("size")!.Value).Text);
            Assert.IsType<HclComputed>(resource.Body.Attribute("names")!.Value);

            HclTemplate body = Assert.IsType<HclTemplate>(resource.Body.Attribute("body")!.Value);
            Assert.Equal("{\n  \"a\": 1\n}\n", body.LiteralText());
            Assert.Equal(14, body.ContentLine);
            Assert.Equal(4, body.ContentIndent);
            Assert.Equal("volume", resource.Body.Blocks[0].Type);
        }

        [Fact]
        public void Plain_heredoc_keeps_its_text_and_escapes_are_decoded()
        {
            HclFile file = HclParser.Parse("a = <<EOT\n  x ${var.y}\n  $${z}\nEOT\nb = \"q\\\"\\n\\u00e9\\U0001F600 %%{ $${\"\n");
            Assert.Null(file.Error);
            HclTemplate a = Assert.IsType<HclTemplate>(file.Body.Attribute("a")!.Value);
            Assert.Equal("  x ", a.Parts[0]);
            Assert.Equal("\n  ${z}\n", a.Parts[2]);
            Assert.Equal("q\"\né😀 %{ ${", Assert.IsType<HclTemplate>(file.Body.Attribute("b")!.Value).LiteralText());
        }

        [Fact]
        public void Function_calls_are_read_and_unknown_functions_reported_without_stopping()
        {
            HclFile file = HclParser.Parse("a = jsonencode({ x = 1 })\nb = frobnicate(1)\nc = provider::aws::arn_parse(\"x\")\nd = concat([1], var.l...)\n");
            Assert.Null(file.Error);
            HclProblem problem = Assert.Single(file.Problems);
            Assert.Contains("unknown function frobnicate()", problem.Message);
            Assert.Equal((2, 5), (problem.Line, problem.Column));
            Assert.Equal("jsonencode", Assert.IsType<HclFunctionCall>(file.Body.Attribute("a")!.Value).Name);
            Assert.True(Assert.IsType<HclFunctionCall>(file.Body.Attribute("d")!.Value).ExpandFinal);
        }

        [Theory]
        [InlineData("a = \"abc\n", 1, 5, "Unterminated string")]
        [InlineData("a = \"abc", 1, 5, "Unterminated string")]
        [InlineData("a = <<EOF\nabc\n", 1, 5, "Unterminated heredoc")]
        [InlineData("a = <<-EOF\nabc\n  EOX\n", 1, 5, "Unterminated heredoc")]
        [InlineData("/* never closed\nx = 1\n", 1, 1, "Unterminated /* comment")]
        [InlineData("a = \"${var.x\"\n", 1, 5, "Unterminated string")]
        [InlineData("resource \"x\" \"y\" {\n  a = 1\n", 3, 1, "expected '}'")]
        [InlineData("a = [1, 2\nb = 3\n", 2, 1, "expected ']' or ','")]
        [InlineData("a = 1 2\n", 1, 7, "expected a line break")]
        [InlineData("a = \"\\q\"\n", 1, 6, "Invalid escape")]
        [InlineData("a = @\n", 1, 5, "Unexpected character '@'")]
        [InlineData("a = \"x\" b\n", 1, 9, "expected a line break")]
        public void Bad_input_is_one_clear_error_with_its_position(string source, int line, int column, string message)
        {
            HclFile file = HclParser.Parse(source);
            Assert.NotNull(file.Error);
            Assert.Contains(message, file.Error.Message);
            Assert.Equal((line, column), (file.Error.Line, file.Error.Column));
        }

        [Theory]
        [InlineData("[", "]")]
        [InlineData("{ a = ", "}")]
        [InlineData("(", ")")]
        [InlineData("f(", ")")]
        [InlineData("\"${", "}\"")]
        [InlineData("-", "")]
        public void Ten_thousand_deep_nesting_is_an_error_not_a_crash(string open, string close)
        {
            var source = new StringBuilder("a = ");
            for (int i = 0; i < 10_000; i++)
            {
                source.Append(open);
            }

            source.Append('1');
            for (int i = 0; i < 10_000; i++)
            {
                source.Append(close);
            }

            HclFile file = HclParser.Parse(source.Append('\n').ToString());
            Assert.NotNull(file.Error);
            Assert.Contains("deeper than " + HclParser.MaxDepth, file.Error.Message);
        }

        [Fact]
        public void Ten_thousand_deep_blocks_are_an_error_not_a_crash()
        {
            var source = new StringBuilder();
            for (int i = 0; i < 10_000; i++)
            {
                source.Append("b {\n");
            }

            HclFile file = HclParser.Parse(source.ToString());
            Assert.NotNull(file.Error);
            Assert.Contains("deeper than", file.Error.Message);
        }

        /// <summary>
        /// Fuzz-style: every prefix of the sample, and the sample with bytes replaced at random (fixed seed), parses to a
        /// tree or to one positioned error, never an exception. Each parse is linear, so this also shows no hang.
        /// </summary>
        [Fact]
        public void Truncated_and_mutated_input_never_throws()
        {
            for (int length = 0; length <= Sample.Length; length++)
            {
                AssertParses(Sample.Substring(0, length));
            }

            var random = new Random(1234);
            const string Noise = "\"{}[]()$%<-=\n\\#/*,.:?!~EOF";
            for (int round = 0; round < 2000; round++)
            {
                char[] chars = Sample.ToCharArray();
                int edits = random.Next(1, 6);
                for (int e = 0; e < edits; e++)
                {
                    chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
                }

                AssertParses(new string(chars));
            }
        }

        private static void AssertParses(string source)
        {
            HclFile file = HclParser.Parse(source);
            if (file.Error != null)
            {
                Assert.False(string.IsNullOrEmpty(file.Error.Message));
                Assert.InRange(file.Error.Line, 1, source.Split('\n').Length + 1);
                Assert.True(file.Error.Column >= 1);
            }
        }
    }
}
