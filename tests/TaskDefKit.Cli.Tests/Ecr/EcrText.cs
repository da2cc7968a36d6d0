using System;

namespace TaskDefKit.Cli.Tests.Ecr
{
    /// <summary>Where a piece of text is in a test file: the line and column a finding about it must carry.</summary>
    internal static class EcrText
    {
        /// <summary>The 1-based line and column of the first occurrence of <paramref name="needle"/> (after <paramref name="after"/>, when given).</summary>
        public static (int Line, int Column) Position(string text, string needle, string? after = null)
        {
            int from = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
            Assert.True(from >= 0, "no '" + after + "' in the text");
            int at = text.IndexOf(needle, from, StringComparison.Ordinal);
            Assert.True(at >= 0, "no '" + needle + "' in the text");
            int line = 1, lineStart = 0;
            for (int i = 0; i < at; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, at - lineStart + 1);
        }

        /// <summary>A lifecycle policy with one rule, as pretty JSON text.</summary>
        public static string Policy(string selection, string action = "{ \"type\": \"expire\" }") =>
            "{\n  \"rules\": [\n    {\n      \"rulePriority\": 1,\n      \"description\": \"test rule\",\n      \"selection\": " + selection
            + ",\n      \"action\": " + action + "\n    }\n  ]\n}\n";

        /// <summary>countUnit with imageCountMoreThan: a TDK9205 error at the "days" value.</summary>
        public const string CountUnitMistake = "{ \"tagStatus\": \"untagged\", \"countType\": \"imageCountMoreThan\", \"countUnit\": \"days\", \"countNumber\": 5 }";

        public const string Untagged14Days = "{ \"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 14 }";

        public static string KeepFive(string pattern) =>
            "{ \"tagStatus\": \"tagged\", \"tagPatternList\": [\"" + pattern + "\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 5 }";

        public static string TaskDefinition(string image) =>
            "{\"family\":\"web\",\"networkMode\":\"awsvpc\",\"requiresCompatibilities\":[\"FARGATE\"],\"cpu\":\"256\",\"memory\":\"512\","
            + "\"executionRoleArn\":\"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\","
            + "\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"" + image + "\",\"essential\":true}]}";

        public const string WebImage = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:release-7";
    }
}
