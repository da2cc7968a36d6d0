using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Configuration for Service Connect access logging.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectAccessLogConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectAccessLogConfiguration : IHasAdditionalMembers
    {
        /// <summary>The format for Service Connect access log output.</summary>
        /// <remarks>JSON member <c>format</c> (required by the API).</remarks>
        public ServiceConnectAccessLoggingFormat? Format { get; set; }

        /// <summary>Specifies whether to include query parameters in Service Connect access logs.</summary>
        /// <remarks>JSON member <c>includeQueryParameters</c>.</remarks>
        public ServiceConnectIncludeQueryParameters? IncludeQueryParameters { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectAccessLogConfiguration",
            typeof(ServiceConnectAccessLogConfiguration),
            () => new ServiceConnectAccessLogConfiguration(),
            new[]
            {
                MemberSchema.Enum("format", true, s => new ServiceConnectAccessLoggingFormat(s), o => ((ServiceConnectAccessLogConfiguration)o).Format, (o, v) => ((ServiceConnectAccessLogConfiguration)o).Format = (ServiceConnectAccessLoggingFormat?)v),
                MemberSchema.Enum("includeQueryParameters", false, s => new ServiceConnectIncludeQueryParameters(s), o => ((ServiceConnectAccessLogConfiguration)o).IncludeQueryParameters, (o, v) => ((ServiceConnectAccessLogConfiguration)o).IncludeQueryParameters = (ServiceConnectIncludeQueryParameters?)v),
            });
    }
}
