using System.Globalization;
using System.Text;
using TaskDefKit.Json;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1030: the RegisterTaskDefinition request is at most 65,536 bytes.</summary>
    /// <remarks>ECS refuses a larger request with "Max allowed length is '65536' bytes" (ClientException). The size is
    /// that of the request as the AWS CLI and SDKs send it: the compact JSON of the definition, in UTF-8 — which is what
    /// TaskDefKit emits without indentation. Large definitions usually carry long inline environment lists or
    /// commands; moving them to an environment file or Secrets Manager is the fix users reach for.</remarks>
    [Rule("TDK1030", "RequestTooLarge", RuleSeverity.Error, "Task definition request larger than 64 KiB")]
    internal sealed class Tdk1030RequestSize : TaskDefinitionRule
    {
        public override string Id => RuleIds.RequestTooLarge;

        public override void Check(ValidationContext context)
        {
            string compact = ModelJsonWriter.Write(context.Definition, indented: false);
            int bytes = Encoding.UTF8.GetByteCount(compact);
            if (bytes > Limits.MaxRegisterRequestBytes)
            {
                context.Report(Id, string.Empty,
                    "The task definition is " + bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes as compact JSON; RegisterTaskDefinition accepts at most "
                    + Limits.MaxRegisterRequestBytes.ToString("N0", CultureInfo.InvariantCulture)
                    + " bytes (\"Max allowed length is '65536' bytes\"): move long environment lists to an " + MemberName.Mark("environmentFiles") + " S3 object or secrets, and shorten commands.");
            }
        }
    }
}
