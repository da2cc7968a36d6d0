using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Diff;

namespace TaskDefKit.Tests.Diff
{
    public class TaskDefinitionDiffTests
    {
        private const string Register =
            "{\"family\":\"web\",\"networkMode\":\"awsvpc\",\"requiresCompatibilities\":[\"FARGATE\"],\"cpu\":256,\"memory\":\"512\"," +
            "\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"nginx:1.26\",\"portMappings\":[{\"containerPort\":80}]," +
            "\"environment\":[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"2\"}],\"secrets\":[{\"name\":\"S\",\"valueFrom\":\"arn:s\"}]}]}";

        private const string Describe =
            "{\"taskDefinition\":{\"taskDefinitionArn\":\"arn:aws:ecs:us-east-1:1:task-definition/web:3\",\"revision\":3,\"status\":\"ACTIVE\"," +
            "\"compatibilities\":[\"EC2\",\"FARGATE\"],\"requiresAttributes\":[{\"name\":\"x\"}],\"volumes\":[],\"placementConstraints\":[]," +
            "\"family\":\"web\",\"networkMode\":\"awsvpc\",\"requiresCompatibilities\":[\"FARGATE\"],\"cpu\":\"256\",\"memory\":\"512\"," +
            "\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"nginx:1.26\",\"cpu\":0,\"essential\":true,\"mountPoints\":[],\"volumesFrom\":[]," +
            "\"portMappings\":[{\"containerPort\":80,\"hostPort\":80,\"protocol\":\"tcp\"}]," +
            "\"environment\":[{\"name\":\"B\",\"value\":\"2\"},{\"name\":\"A\",\"value\":\"1\"}],\"secrets\":[{\"name\":\"S\",\"valueFrom\":\"arn:s\"}]}]},\"tags\":[]}";

        private static IReadOnlyList<DefinitionChange> Compare(string before, string after)
        {
            using JsonDocument a = JsonDocument.Parse(before);
            using JsonDocument b = JsonDocument.Parse(after);
            return TaskDefinitionDiff.Compare(a.RootElement, b.RootElement);
        }

        [Fact]
        public void Register_input_and_its_describe_output_do_not_differ()
        {
            Assert.Empty(Compare(Register, Describe));
            Assert.Empty(Compare(Describe, Register));
        }

        [Fact]
        public void The_same_string_escaped_differently_is_no_change()
        {
            string plain = "{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"b\",\"command\":[\"echo '<x>'\"],\"environment\":[{\"name\":\"Q\",\"value\":\"say \\\"hi\\\" & go\"}]}]}";
            string escaped = "{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"b\",\"command\":[\"echo \\u0027\\u003Cx\\u003E\\u0027\"],\"environment\":[{\"name\":\"Q\",\"value\":\"say \\u0022hi\\u0022 \\u0026 go\"}]}]}";
            Assert.Empty(Compare(plain, escaped));
            Assert.Single(Compare(plain, escaped.Replace("\\u0026", "+", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void An_image_change_is_image_only_and_names_both_images()
        {
            IReadOnlyList<DefinitionChange> changes = Compare(Describe, Register.Replace("nginx:1.26", "nginx:1.27"));
            DefinitionChange change = Assert.Single(changes);
            Assert.Equal(("web", "image", "\"nginx:1.26\"", "\"nginx:1.27\"", ChangeKind.Image), (change.Container, change.Path, change.OldValue, change.NewValue, change.Kind));
            Assert.Equal(new[] { ChangeKind.Image }, TaskDefinitionDiff.Kinds(changes));
        }

        [Fact]
        public void Environment_size_role_and_port_changes_are_keyed_and_classified()
        {
            string changed = Register
                .Replace("{\"name\":\"B\",\"value\":\"2\"}", "{\"name\":\"B\",\"value\":\"3\"}")
                .Replace("\"memory\":\"512\"", "\"memory\":\"1024\",\"taskRoleArn\":\"arn:aws:iam::1:role/t\"")
                .Replace("\"containerPort\":80}", "\"containerPort\":80,\"hostPort\":8080}");
            IReadOnlyList<DefinitionChange> changes = Compare(Describe, changed);
            Assert.Contains(changes, c => c.Path == "environment[B].value" && c.OldValue == "\"2\"" && c.NewValue == "\"3\"" && c.Kind == ChangeKind.Environment);
            Assert.Contains(changes, c => c.Container is null && c.Path == "memory" && c.Kind == ChangeKind.Size);
            Assert.Contains(changes, c => c.Path == "taskRoleArn" && c.OldValue is null && c.Kind == ChangeKind.Roles);
            Assert.Contains(changes, c => c.Path == "portMappings[80/tcp].hostPort" && c.NewValue == "8080" && c.Kind == ChangeKind.Other);
            Assert.Equal(4, changes.Count);
        }

        [Fact]
        public void Essential_false_and_a_non_default_cpu_are_changes()
        {
            IReadOnlyList<DefinitionChange> changes = Compare(Register, Register.Replace("\"name\":\"web\",", "\"name\":\"web\",\"essential\":false,\"cpu\":128,"));
            Assert.Equal(2, changes.Count);
        }
    }
}
