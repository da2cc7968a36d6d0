using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The log configuration for the container.</summary>
    /// <remarks>ECS API model shape <c>LogConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class LogConfiguration : IHasAdditionalMembers
    {
        /// <summary>The log driver to use for the container.</summary>
        /// <remarks>JSON member <c>logDriver</c> (required by the API).</remarks>
        public LogDriver? LogDriver { get; set; }

        /// <summary>The configuration options to send to the log driver.</summary>
        /// <remarks>JSON member <c>options</c>.</remarks>
        public Dictionary<string, string>? Options { get; set; }

        /// <summary>The secrets to pass to the log configuration.</summary>
        /// <remarks>JSON member <c>secretOptions</c>.</remarks>
        public List<Secret>? SecretOptions { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "LogConfiguration",
            typeof(LogConfiguration),
            () => new LogConfiguration(),
            new[]
            {
                MemberSchema.Enum("logDriver", true, s => new LogDriver(s), o => ((LogConfiguration)o).LogDriver, (o, v) => ((LogConfiguration)o).LogDriver = (LogDriver?)v),
                MemberSchema.Map("options", false, o => ((LogConfiguration)o).Options, (o, v) => ((LogConfiguration)o).Options = (Dictionary<string, string>?)v),
                MemberSchema.List("secretOptions", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Secret>(), o => ((LogConfiguration)o).SecretOptions, (o, v) => ((LogConfiguration)o).SecretOptions = (List<global::TaskDefKit.Model.Secret>?)v, elementSchema: () => global::TaskDefKit.Model.Secret.Schema),
            });
    }
}
