using System.Text;
using TaskDefKit.CloudFormation;
using TaskDefKit.Model;
using TaskDefKit.Terraform;

namespace TaskDefKit.Cli.Emit
{
    /// <summary>
    /// What <c>taskdef emit</c> writes for each family: register-input JSON (<c>&lt;family&gt;.json</c>, the default),
    /// a CloudFormation template holding one <c>AWS::ECS::TaskDefinition</c> (<c>&lt;family&gt;.template.json</c> or
    /// <c>.template.yaml</c>), or an <c>aws_ecs_task_definition</c> resource (<c>&lt;family&gt;.tf</c>).
    /// </summary>
    internal sealed class EmitFormat
    {
        public static readonly EmitFormat Json = new EmitFormat("json", ".json");
        public static readonly EmitFormat CloudFormation = new EmitFormat("cloudformation", ".template.json");
        public static readonly EmitFormat CloudFormationYaml = new EmitFormat("cloudformation-yaml", ".template.yaml");
        public static readonly EmitFormat Terraform = new EmitFormat("terraform", ".tf");

        /// <summary>Every format, for option parsing and for recognising the files of a family whatever their format.</summary>
        public static readonly EmitFormat[] All = { Json, CloudFormation, CloudFormationYaml, Terraform };

        private EmitFormat(string name, string extension)
        {
            Name = name;
            Extension = extension;
        }

        public string Name { get; }

        /// <summary>The file name after the family (<c>.template.json</c>).</summary>
        public string Extension { get; }

        public static EmitFormat? Find(string name)
        {
            foreach (EmitFormat format in All)
            {
                if (format.Name == name)
                {
                    return format;
                }
            }

            return null;
        }

        /// <summary>The family a file name emit wrote belongs to, in any format (<c>web.template.yaml</c> → <c>web</c>).</summary>
        public static string FamilyOfFile(string fileName)
        {
            string longest = string.Empty;
            foreach (EmitFormat format in All)
            {
                if (fileName.EndsWith(format.Extension, System.StringComparison.Ordinal) && format.Extension.Length > longest.Length)
                {
                    longest = format.Extension;
                }
            }

            return fileName.Substring(0, fileName.Length - longest.Length);
        }

        /// <summary>The file's bytes: <paramref name="json"/> itself for JSON, else the definition in this format.</summary>
        public byte[] Render(TaskDefinition definition, byte[] json)
        {
            if (this == Json)
            {
                return json;
            }

            string text = this == Terraform
                ? TerraformWriter.TaskDefinition(definition)
                : this == CloudFormationYaml ? CloudFormationTemplateBuilder.For(definition).ToYaml() : CloudFormationTemplateBuilder.For(definition).ToJson();
            return Encoding.UTF8.GetBytes(text);
        }
    }
}
