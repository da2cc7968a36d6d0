using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TaskDefKit.Terraform.Hcl;

namespace TaskDefKit.Tests.Terraform
{
    /// <summary>
    /// Property tests over generated HCL (fixed seeds, so a failure repeats): every generated file parses, printing
    /// the tree and parsing the print gives the same tree (print is a fixed point), and every generated string comes
    /// back as the exact text it encoded (escapes, <c>$${</c>, unicode, quotes).
    /// </summary>
    public class HclRoundTripTests
    {
        public static TheoryData<int> Seeds()
        {
            var seeds = new TheoryData<int>();
            for (int seed = 1; seed <= 40; seed++)
            {
                seeds.Add(seed);
            }

            return seeds;
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Generated_files_parse_and_print_parse_is_a_fixed_point(int seed)
        {
            var generator = new Generator(new Random(seed));
            string source = generator.File();
            HclFile parsed = HclParser.Parse(source);
            Assert.True(parsed.Error is null, parsed.Error?.Message + " at " + parsed.Error?.Line + ":" + parsed.Error?.Column + "\n" + source);

            string printed = HclPrinter.Print(parsed.Body);
            HclFile reparsed = HclParser.Parse(printed);
            Assert.True(reparsed.Error is null, reparsed.Error?.Message + "\n" + printed);
            Assert.Equal(printed, HclPrinter.Print(reparsed.Body));

            foreach ((string name, string expected) in generator.Strings)
            {
                HclAttribute? attribute = parsed.Body.Attribute(name);
                Assert.NotNull(attribute);
                HclTemplate template = Assert.IsType<HclTemplate>(attribute.Value);
                Assert.True(template.IsKnown);
                Assert.Equal(expected, template.LiteralText());
            }

            foreach ((string name, int line) in generator.Lines)
            {
                Assert.Equal(line, parsed.Body.Attribute(name)!.Position.Line);
            }
        }

        private sealed class Generator
        {
            private const string Alphabet = "abcXYZ019 _-.:/\"\\\t\n${}%é€😀#";
            private readonly Random _random;
            private readonly StringBuilder _text = new StringBuilder();
            private int _line = 1;
            private int _names;

            public Generator(Random random) => _random = random;

            public List<(string Name, string Expected)> Strings { get; } = new List<(string, string)>();

            public List<(string Name, int Line)> Lines { get; } = new List<(string, int)>();

            public string File()
            {
                int items = _random.Next(3, 12);
                for (int i = 0; i < items; i++)
                {
                    if (_random.Next(3) == 0)
                    {
                        Block(0);
                    }
                    else
                    {
                        TopAttribute();
                    }

                    if (_random.Next(4) == 0)
                    {
                        Append(_random.Next(2) == 0 ? "# a comment\n" : "/* a\n comment */\n");
                    }
                }

                return _text.ToString();
            }

            private void TopAttribute()
            {
                string name = "a" + _names++;
                Lines.Add((name, _line));
                Append(name + " = ");
                if (_random.Next(3) == 0)
                {
                    string value = RandomText();
                    Strings.Add((name, value));
                    Append(Quote(value));
                }
                else
                {
                    Value(0);
                }

                Append("\n");
            }

            private void Block(int depth)
            {
                Append(_random.Next(2) == 0 ? "resource \"aws_ecs_task_definition\" \"b" + _names++ + "\" {\n" : "volume {\n");
                int items = _random.Next(0, 5);
                for (int i = 0; i < items; i++)
                {
                    if (depth < 3 && _random.Next(4) == 0)
                    {
                        Block(depth + 1);
                    }
                    else
                    {
                        Append("  x" + i + " = ");
                        Value(1);
                        Append("\n");
                    }
                }

                Append("}\n");
            }

            private void Value(int depth)
            {
                int kind = _random.Next(depth > 4 ? 6 : 11);
                switch (kind)
                {
                    case 0: Append(_random.Next(-1000, 100000).ToString(CultureInfo.InvariantCulture)); break;
                    case 1: Append((_random.NextDouble() * 1000).ToString("0.###", CultureInfo.InvariantCulture)); break;
                    case 2: Append(_random.Next(2) == 0 ? "true" : "false"); break;
                    case 3: Append("null"); break;
                    case 4: Append(Quote(RandomText())); break;
                    case 5: Append(_random.Next(2) == 0 ? "var.image" : "aws_iam_role.exec[0].arn"); break;
                    case 6:
                        Append("\"prefix-${var.name}-${lookup(local.m, \"k\", \"d\")}\"");
                        break;
                    case 7:
                        Append("[");
                        int count = _random.Next(0, 4);
                        for (int i = 0; i < count; i++)
                        {
                            Append(i == 0 ? string.Empty : ", ");
                            Value(depth + 1);
                        }

                        Append("]");
                        break;
                    case 8:
                        Append("{\n");
                        int members = _random.Next(0, 4);
                        for (int i = 0; i < members; i++)
                        {
                            Append(_random.Next(2) == 0 ? "k" + i + " = " : "\"key " + i + "\" = ");
                            Value(depth + 1);
                            Append(_random.Next(2) == 0 ? ",\n" : "\n");
                        }

                        Append("}");
                        break;
                    case 9:
                        Append("jsonencode(");
                        Value(depth + 1);
                        Append(")");
                        break;
                    default:
                        Append("<<EOT\n[{\"name\": \"web\", \"image\": \"${var.image}\"}]\nline two $${literal}\nEOT\n");
                        break;
                }
            }

            private string RandomText()
            {
                var text = new StringBuilder();
                int length = _random.Next(0, 12);
                for (int i = 0; i < length; i++)
                {
                    // Whole code points only: a surrogate pair is two chars of the alphabet string.
                    int index = _random.Next(Alphabet.Length);
                    if (char.IsLowSurrogate(Alphabet[index]))
                    {
                        index--;
                    }

                    text.Append(Alphabet[index]);
                    if (char.IsHighSurrogate(Alphabet[index]))
                    {
                        text.Append(Alphabet[index + 1]);
                    }
                }

                return text.ToString();
            }

            private static string Quote(string value)
            {
                var text = new StringBuilder("\"");
                for (int i = 0; i < value.Length; i++)
                {
                    char c = value[i];
                    switch (c)
                    {
                        case '"': text.Append("\\\""); break;
                        case '\\': text.Append("\\\\"); break;
                        case '\n': text.Append("\\n"); break;
                        case '\t': text.Append("\\t"); break;
                        case '€': text.Append("\\u20AC"); break;
                        case '$' when i + 1 < value.Length && value[i + 1] == '{': text.Append("$$"); break;
                        case '%' when i + 1 < value.Length && value[i + 1] == '{': text.Append("%%"); break;
                        default: text.Append(c); break;
                    }
                }

                return text.Append('"').ToString();
            }

            private void Append(string text)
            {
                foreach (char c in text)
                {
                    if (c == '\n')
                    {
                        _line++;
                    }
                }

                _text.Append(text);
            }
        }
    }
}
