using System.Globalization;
using System.Text;

namespace TaskDefKit.Benchmarks
{
    /// <summary>
    /// The large inputs of issue 15 that once took quadratic time: every one is under the CLI's 10 MB cap, and the goal
    /// is that each is read and validated in under 2 s (linear work).
    /// </summary>
    internal static class HostileShapeInputs
    {
        /// <summary>A register-input definition whose one container sets the same environment variable <paramref name="count"/> times.</summary>
        public static byte[] DuplicateEnvironment(int count)
        {
            var json = new StringBuilder(count * 32);
            json.Append("{\"family\":\"dup\",\"containerDefinitions\":[{\"name\":\"app\",\"image\":\"nginx:1.27\",\"memory\":512,\"environment\":[\n");
            for (int i = 0; i < count; i++)
            {
                json.Append(i == 0 ? string.Empty : ",\n").Append("{\"name\":\"SAME\",\"value\":\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"}");
            }

            json.Append("]}]}\n");
            return Encoding.UTF8.GetBytes(json.ToString());
        }

        /// <summary>A CloudFormation JSON template with <paramref name="count"/> task definition resources, minified onto one line.</summary>
        public static byte[] CloudFormationResources(int count)
        {
            var json = new StringBuilder(count * 300);
            json.Append("{\"AWSTemplateFormatVersion\":\"2010-09-09\",\"Resources\":{");
            for (int i = 0; i < count; i++)
            {
                string n = i.ToString(CultureInfo.InvariantCulture);
                json.Append(i == 0 ? string.Empty : ",")
                    .Append("\"Task").Append(n).Append("\":{\"Type\":\"AWS::ECS::TaskDefinition\",\"Properties\":{\"Family\":\"task-").Append(n)
                    .Append("\",\"Cpu\":\"256\",\"Memory\":\"512\",\"NetworkMode\":\"awsvpc\",\"RequiresCompatibilities\":[\"FARGATE\"],")
                    .Append("\"ContainerDefinitions\":[{\"Name\":\"app\",\"Image\":\"nginx:latest\",\"Essential\":true,\"PortMappings\":[{\"ContainerPort\":80}]}]}}");
            }

            json.Append("}}\n");
            return Encoding.UTF8.GetBytes(json.ToString());
        }
    }
}
