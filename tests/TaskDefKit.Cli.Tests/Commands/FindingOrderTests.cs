using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>Findings within a file are listed by line and column (then rule), not in the order rules ran.</summary>
    public class FindingOrderTests
    {
        [Fact]
        public void Findings_are_ordered_by_line_then_column()
        {
            using var temp = new TempFolder();
            // invalid.json with the members reversed: the rule order (TDK1008, TDK1010, TDK1014) is now not the line order.
            temp.Write("task.json", """
                {
                  "memory": 512,
                  "cpu": "333",
                  "networkMode": "bridge",
                  "requiresCompatibilities": ["FARGATE"],
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "containerDefinitions": [ { "name": "web", "image": "nginx:1.27", "essential": true, "memory": 256 } ]
                }
                """);
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            (int Line, int Column)[] positions = Regex.Matches(result.Stdout, @"^task\.json:(\d+):(\d+): ", RegexOptions.Multiline)
                .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
                .ToArray();
            Assert.True(positions.Length >= 3, result.ToString());
            Assert.True(positions.SequenceEqual(positions.OrderBy(p => p.Line).ThenBy(p => p.Column)), result.Stdout);
        }
    }
}
