using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>These are custom parameter to be used when the target is an API Gateway APIs or EventBridge ApiDestinations.</summary>
    /// <remarks>EventBridge API model shape <c>HttpParameters</c>; members and their order follow it.</remarks>
    public sealed partial class HttpParameters : IHasAdditionalMembers
    {
        /// <summary>The path parameter values to be used to populate API Gateway API or EventBridge ApiDestination path wildcards ("*").</summary>
        /// <remarks>JSON member <c>PathParameterValues</c>.</remarks>
        public List<string>? PathParameterValues { get; set; }

        /// <summary>The headers that need to be sent as part of request invoking the API Gateway API or EventBridge ApiDestination.</summary>
        /// <remarks>JSON member <c>HeaderParameters</c>.</remarks>
        public Dictionary<string, string>? HeaderParameters { get; set; }

        /// <summary>The query string keys/values that need to be sent as part of request invoking the API Gateway API or EventBridge ApiDestination.</summary>
        /// <remarks>JSON member <c>QueryStringParameters</c>.</remarks>
        public Dictionary<string, string>? QueryStringParameters { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "HttpParameters",
            typeof(HttpParameters),
            () => new HttpParameters(),
            new[]
            {
                MemberSchema.List("PathParameterValues", false, SchemaKind.String, () => new List<string>(), o => ((HttpParameters)o).PathParameterValues, (o, v) => ((HttpParameters)o).PathParameterValues = (List<string>?)v),
                MemberSchema.Map("HeaderParameters", false, o => ((HttpParameters)o).HeaderParameters, (o, v) => ((HttpParameters)o).HeaderParameters = (Dictionary<string, string>?)v),
                MemberSchema.Map("QueryStringParameters", false, o => ((HttpParameters)o).QueryStringParameters, (o, v) => ((HttpParameters)o).QueryStringParameters = (Dictionary<string, string>?)v),
            });
    }
}
