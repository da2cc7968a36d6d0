using System;
using System.Text;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Recognises HCL: a .tf name, or (for standard input and other names) a first line, after comments, that opens a
    /// Terraform block (<c>resource "aws_ecs_task_definition" "web" {</c>, <c>terraform {</c>), which no YAML has.
    /// </summary>
    internal static class TerraformSniffer
    {
        private static readonly string[] s_blockTypes = { "resource", "data", "variable", "locals", "provider", "terraform", "module", "output" };

        public static bool IsHcl(byte[] bytes, int first, string path)
        {
            if (path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (first < 0)
            {
                return false;
            }

            // The first line that is not blank or a comment (#, //).
            int start = first;
            while (start < bytes.Length)
            {
                int end = Array.IndexOf(bytes, (byte)'\n', start);
                end = end < 0 ? bytes.Length : end;
                string line = Encoding.UTF8.GetString(bytes, start, Math.Min(end - start, 200)).Trim();
                if (line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("//", StringComparison.Ordinal))
                {
                    return OpensBlock(line);
                }

                start = end + 1;
            }

            return false;
        }

        private static bool OpensBlock(string line)
        {
            foreach (string type in s_blockTypes)
            {
                if (line.StartsWith(type, StringComparison.Ordinal) && line.Length > type.Length && (line[type.Length] == ' ' || line[type.Length] == '{'))
                {
                    string rest = line.Substring(type.Length).TrimStart();
                    return rest.StartsWith('"') || rest.StartsWith('{');
                }
            }

            return false;
        }
    }
}
