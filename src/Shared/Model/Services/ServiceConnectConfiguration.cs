using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The Service Connect configuration of your Amazon ECS service.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectConfiguration : IHasAdditionalMembers
    {
        /// <summary>Specifies whether to use Service Connect with this service.</summary>
        /// <remarks>JSON member <c>enabled</c> (required by the API).</remarks>
        public bool? Enabled { get; set; }

        /// <summary>The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace for use with Service Connect.</summary>
        /// <remarks>JSON member <c>namespace</c>.</remarks>
        public string? Namespace { get; set; }

        /// <summary>The list of Service Connect service objects.</summary>
        /// <remarks>JSON member <c>services</c>.</remarks>
        public List<ServiceConnectService>? Services { get; set; }

        /// <summary>logConfiguration</summary>
        /// <remarks>JSON member <c>logConfiguration</c>.</remarks>
        public LogConfiguration? LogConfiguration { get; set; }

        /// <summary>The configuration for Service Connect access logging.</summary>
        /// <remarks>JSON member <c>accessLogConfiguration</c>.</remarks>
        public ServiceConnectAccessLogConfiguration? AccessLogConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectConfiguration",
            typeof(ServiceConnectConfiguration),
            () => new ServiceConnectConfiguration(),
            new[]
            {
                MemberSchema.Scalar("enabled", SchemaKind.Boolean, true, o => ((ServiceConnectConfiguration)o).Enabled, (o, v) => ((ServiceConnectConfiguration)o).Enabled = (bool?)v),
                MemberSchema.Scalar("namespace", SchemaKind.String, false, o => ((ServiceConnectConfiguration)o).Namespace, (o, v) => ((ServiceConnectConfiguration)o).Namespace = (string?)v),
                MemberSchema.List("services", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.ServiceConnectService>(), o => ((ServiceConnectConfiguration)o).Services, (o, v) => ((ServiceConnectConfiguration)o).Services = (List<global::TaskDefKit.Model.Services.ServiceConnectService>?)v, elementSchema: () => global::TaskDefKit.Model.Services.ServiceConnectService.Schema),
                MemberSchema.Object("logConfiguration", false, () => LogConfiguration.Schema, o => ((ServiceConnectConfiguration)o).LogConfiguration, (o, v) => ((ServiceConnectConfiguration)o).LogConfiguration = (LogConfiguration?)v),
                MemberSchema.Object("accessLogConfiguration", false, () => ServiceConnectAccessLogConfiguration.Schema, o => ((ServiceConnectConfiguration)o).AccessLogConfiguration, (o, v) => ((ServiceConnectConfiguration)o).AccessLogConfiguration = (ServiceConnectAccessLogConfiguration?)v),
            });
    }
}
