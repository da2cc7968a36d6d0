using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The details of the execute command configuration.</summary>
    /// <remarks>ECS API model shape <c>ExecuteCommandConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ExecuteCommandConfiguration : IHasAdditionalMembers
    {
        /// <summary>Specify an Key Management Service key ID to encrypt the data between the local client and the container.</summary>
        /// <remarks>JSON member <c>kmsKeyId</c>.</remarks>
        public string? KmsKeyId { get; set; }

        /// <summary>The log setting to use for redirecting logs for your execute command results.</summary>
        /// <remarks>JSON member <c>logging</c>.</remarks>
        public ExecuteCommandLogging? Logging { get; set; }

        /// <summary>The log configuration for the results of the execute command actions.</summary>
        /// <remarks>JSON member <c>logConfiguration</c>.</remarks>
        public ExecuteCommandLogConfiguration? LogConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ExecuteCommandConfiguration",
            typeof(ExecuteCommandConfiguration),
            () => new ExecuteCommandConfiguration(),
            new[]
            {
                MemberSchema.Scalar("kmsKeyId", SchemaKind.String, false, o => ((ExecuteCommandConfiguration)o).KmsKeyId, (o, v) => ((ExecuteCommandConfiguration)o).KmsKeyId = (string?)v),
                MemberSchema.Enum("logging", false, s => new ExecuteCommandLogging(s), o => ((ExecuteCommandConfiguration)o).Logging, (o, v) => ((ExecuteCommandConfiguration)o).Logging = (ExecuteCommandLogging?)v),
                MemberSchema.Object("logConfiguration", false, () => ExecuteCommandLogConfiguration.Schema, o => ((ExecuteCommandConfiguration)o).LogConfiguration, (o, v) => ((ExecuteCommandConfiguration)o).LogConfiguration = (ExecuteCommandLogConfiguration?)v),
            });
    }
}
