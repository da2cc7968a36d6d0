using System.Linq;
using System.Text;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>Hostile and odd JSON/YAML inputs from issue 15 (and the reader items of issue 9), each by its reproduction.</summary>
    public class HostileInputTests
    {
        private const string Task = "Resources:\n  Web:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n";

        private static CliResult Validate(string name, string content)
        {
            using var temp = new TempFolder();
            temp.Write(name, content);
            return CliRun.Run(temp.Path, "validate", name);
        }

        [Theory]
        [InlineData("containers.json", "[{\"name\":\"web\",\n  \"image\":\"x\\ud800\"}]", "containers.json:2:13:")]
        [InlineData("template.json", "{\"Resources\":{\"T\":{\"Type\":\"AWS::ECS::TaskDefinition\",\n\"Properties\":{\"Family\":\"\\udc00\"}}}}", "template.json:2:25:")]
        [InlineData("placement.json", "{\"placementStrategy\":[{\"type\":\"spread\",\n\"field\":\"\\ud800\"}]}", "placement.json:2:10:")]
        [InlineData("td.json", "{\"family\":\"web\",\n\"containerDefinitions\":[{\"name\":\"\\ud800\"}]}", "td.json:2:34:")]
        public void A_lone_surrogate_escape_is_TDK0001_at_the_escape(string name, string content, string location)
        {
            CliResult result = Validate(name, content);
            Assert.True(result.ExitCode is 1 or 2, result.ToString());
            Assert.Contains(location + " error TDK0001", result.Stdout);
            Assert.Contains("lone surrogate", result.Stdout);
            Assert.DoesNotContain("internal error", result.Stdout + result.Stderr);
        }

        [Fact]
        public void A_lone_surrogate_on_stdin_is_TDK0001()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.RunWithInput(temp.Path, "{\"family\":\"\\ud800\"}", "validate", "-");
            Assert.Contains(":1:12: error TDK0001", result.Stdout);
            Assert.Contains("lone surrogate", result.Stdout);
        }

        [Fact]
        public void A_lone_surrogate_in_YAML_is_TDK0001_at_its_scalar()
        {
            CliResult result = Validate("t.yaml", Task + "      Family: \"web\\ud800\"\n");
            Assert.Contains("t.yaml:5:15: error TDK0001", result.Stdout);
            Assert.Contains("surrogate", result.Stdout);
        }

        [Fact]
        public void An_unterminated_flow_collection_is_TDK0001_with_a_location()
        {
            CliResult result = Validate("t.yaml", "a: [b\nc: 1\n");
            Assert.Equal(2, result.ExitCode);
            Assert.Matches(@"t\.yaml:\d+:\d+: error TDK0001: .*not valid YAML", result.Stdout);
            Assert.DoesNotContain("internal error", result.Stdout + result.Stderr);
        }

        [Fact]
        public void A_recursive_alias_is_a_finding()
        {
            CliResult result = Validate("t.yaml", "Resources:\n  T: &t\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Tags: [*t]\n");
            Assert.Contains("t.yaml:5:14: error TDK0001", result.Stdout);
            Assert.Contains("refers to a node that contains it", result.Stdout);
        }

        [Fact]
        public void Billion_laughs_is_stopped_and_reported()
        {
            var yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (int level = 1; level < 10; level++)
            {
                string previous = "*a" + (level - 1);
                yaml.Append("a").Append(level).Append(": &a").Append(level).Append(" [")
                    .Append(string.Join(",", Enumerable.Repeat(previous, 10))).Append("]\n");
            }

            yaml.Append("Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Tags: *a9\n");
            Assert.True(yaml.Length < 1000);
            CliResult result = Validate("t.yaml", yaml.ToString());
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error TDK0001", result.Stdout);
            Assert.Contains("YAML aliases expand to more than", result.Stdout);
        }

        [Fact]
        public void Every_document_of_a_multi_document_stream_is_validated()
        {
            string first = Task + "      Cpu: lots\n";
            string second = "---\n" + Task + "      Memory: plenty\n";
            CliResult result = Validate("t.yaml", first + second);
            Assert.Contains("t.yaml:5:12: error TDK1011", result.Stdout);
            Assert.Contains("t.yaml:11:15: error TDK1012", result.Stdout);
            Assert.Contains("2 task definition(s)", result.Stderr);
        }

        [Fact]
        public void Flow_style_YAML_in_a_yaml_file_is_read_as_YAML()
        {
            CliResult result = Validate("t.yaml", "{Resources: {Web: {Type: AWS::ECS::TaskDefinition, Properties: {Cpu: lots}}}}\n");
            Assert.DoesNotContain("not valid JSON", result.Stdout);
            Assert.Contains("error TDK1011", result.Stdout);
        }

        [Fact]
        public void Json_in_a_yaml_file_is_still_read()
        {
            CliResult result = Validate("t.yaml", "{\"Resources\": {\"Web\": {\"Type\": \"AWS::ECS::TaskDefinition\", \"Properties\": {\"Cpu\": \"lots\"}}}}\n");
            Assert.Contains("error TDK1011", result.Stdout);
        }

        [Theory]
        [InlineData(Task + "      hello\n", "t.yaml:4:17: error TDK1010: 'Properties' of the resource 'Web' must be a mapping")]
        [InlineData("Resources: [1, 2]\n", "t.yaml:1:12: error TDK1010: 'Resources' must be a mapping")]
        [InlineData("Resources: 5\n", "t.yaml:1:12: error TDK1010: 'Resources' must be a mapping")]
        [InlineData("Resources:\n  Web: 5\n", "t.yaml:2:8: error TDK1010: The resource 'Web' must be a mapping")]
        public void A_malformed_template_is_a_finding(string yaml, string expected)
        {
            CliResult result = Validate("t.yaml", yaml.Replace("    Properties:\n      hello\n", "    Properties: hello\n"));
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(expected, result.Stdout);
        }

        [Fact]
        public void Properties_that_are_a_mapping_or_intrinsic_are_not_malformed()
        {
            CliResult result = Validate("t.yaml", Task.Replace("    Properties:\n", "    Properties: !If [Cond, {}, {}]\n"));
            Assert.DoesNotContain("TDK1010", result.Stdout);
        }

        [Fact]
        public void A_str_tag_makes_a_string()
        {
            CliResult result = Validate("t.yaml", Task + "      Cpu: !!str 256\n      Memory: !!str 512\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx:1.27\n          Environment:\n            - Name: N\n              Value: !!str 5\n");
            Assert.DoesNotContain("TDK1010", result.Stdout);
            Assert.DoesNotContain("not a number", result.Stdout);
        }

        [Fact]
        public void Fn_Transform_is_not_an_unknown_member()
        {
            CliResult result = Validate("t.yaml", Task + "      Fn::Transform:\n        Name: AWS::Include\n        Parameters: {Location: s3://b/k}\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx:1.27\n          Memory: 512\n");
            Assert.DoesNotContain("TDK1029", result.Stdout);
            Assert.DoesNotContain("Transform", result.Stdout);
        }

        [Fact]
        public void An_unknown_member_in_a_template_is_named_and_fixed_in_PascalCase_at_its_key()
        {
            CliResult result = Validate("t.yaml", Task + "      ContainerDefinitions:\n        - Name: web\n          Image: nginx:1.27\n          Memory: 512\n          PortMapping:\n            - ContainerPort: 80\n");
            string line = Assert.Single(result.Stdout.Split('\n'), l => l.Contains("TDK1029"));
            Assert.StartsWith("t.yaml:9:11: error TDK1029: 'PortMapping' is not a member", line);
            Assert.Contains("did you mean 'PortMappings'?", line);
            Assert.DoesNotContain("portMapping", line);
        }

        [Fact]
        public void A_type_error_in_a_template_uses_the_template_name()
        {
            CliResult result = Validate("t.yaml", Task + "      ContainerDefinitions:\n        - Name: web\n          Image: nginx:1.27\n          Memory: lots\n");
            Assert.Contains("'Memory' must be a JSON integer", result.Stdout);
        }

        [Fact]
        public void A_null_in_a_container_definitions_array_is_reported_and_keeps_the_indexes()
        {
            CliResult result = Validate("containers.json", "[null,\n {\"name\":\"web\",\"image\":\"nginx:1.27\",\"memory\":512,\"portMappings\":[{\"containerPort\":\"x\"}]}]");
            Assert.Contains("containers.json:1:2: error TDK1010", result.Stdout);
            Assert.Contains("containers.json:2:83: error TDK1010", result.Stdout);
        }

        [Theory]
        [InlineData("utf-16")]
        [InlineData("utf-16BE")]
        [InlineData("utf-32")]
        [InlineData("utf-32BE")]
        public void UTF16_and_UTF32_with_a_byte_order_mark_are_decoded(string encodingName)
        {
            Encoding encoding = encodingName switch
            {
                "utf-16" => new UnicodeEncoding(false, true),
                "utf-16BE" => new UnicodeEncoding(true, true),
                "utf-32" => new UTF32Encoding(false, true),
                _ => new UTF32Encoding(true, true),
            };
            byte[] text = encoding.GetPreamble().Concat(encoding.GetBytes("{\"family\":\"web\",\n \"cpu\": \"lots\"}")).ToArray();
            using var temp = new TempFolder();
            System.IO.File.WriteAllBytes(System.IO.Path.Combine(temp.Path, "td.json"), text);
            CliResult result = CliRun.Run(temp.Path, "validate", "td.json");
            Assert.DoesNotContain("binary", result.Stdout);
            Assert.Contains("td.json:2:9: error TDK1011", result.Stdout);
        }

        [Fact]
        public void UTF16_that_does_not_decode_is_reported_as_such()
        {
            using var temp = new TempFolder();
            System.IO.File.WriteAllBytes(System.IO.Path.Combine(temp.Path, "td.json"), new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00 });
            CliResult result = CliRun.Run(temp.Path, "validate", "td.json");
            Assert.Contains("not valid UTF-16", result.Stdout);
        }

        [Fact]
        public void Render_reports_a_lone_surrogate_as_TDK0001()
        {
            using var temp = new TempFolder();
            temp.Write("td.json", "{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"a\\ud800\"}]}");
            CliResult result = CliRun.Run(temp.Path, "render", "td.json", "--container", "web", "--image", "nginx:1.27");
            Assert.True(result.ExitCode is 1 or 2, result.ToString());
            Assert.Contains("TDK0001", result.Stdout + result.Stderr);
            Assert.Contains("lone surrogate", result.Stdout + result.Stderr);
            Assert.DoesNotContain("internal error", result.Stdout + result.Stderr);
        }
    }
}
