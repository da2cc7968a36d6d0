using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The configuration details for the App Mesh proxy.</summary>
    /// <remarks>ECS API model shape <c>ProxyConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ProxyConfiguration : IHasAdditionalMembers
    {
        /// <summary>The proxy type. The only supported value is APPMESH.</summary>
        /// <remarks>JSON member <c>type</c>.</remarks>
        public ProxyConfigurationType? Type { get; set; }

        /// <summary>The name of the container that will serve as the App Mesh proxy.</summary>
        /// <remarks>JSON member <c>containerName</c> (required by the API).</remarks>
        public string? ContainerName { get; set; }

        /// <summary>The set of network configuration parameters to provide the Container Network Interface (CNI) plugin, specified as key-value pairs.</summary>
        /// <remarks>JSON member <c>properties</c>.</remarks>
        public List<NameValuePair>? Properties { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ProxyConfiguration",
            typeof(ProxyConfiguration),
            () => new ProxyConfiguration(),
            new[]
            {
                MemberSchema.Enum("type", false, s => new ProxyConfigurationType(s), o => ((ProxyConfiguration)o).Type, (o, v) => ((ProxyConfiguration)o).Type = (ProxyConfigurationType?)v),
                MemberSchema.Scalar("containerName", SchemaKind.String, true, o => ((ProxyConfiguration)o).ContainerName, (o, v) => ((ProxyConfiguration)o).ContainerName = (string?)v),
                MemberSchema.List("properties", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.NameValuePair>(), o => ((ProxyConfiguration)o).Properties, (o, v) => ((ProxyConfiguration)o).Properties = (List<global::TaskDefKit.Model.NameValuePair>?)v, elementSchema: () => global::TaskDefKit.Model.NameValuePair.Schema),
            });
    }
}
