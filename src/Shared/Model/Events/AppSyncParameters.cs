using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>Contains the GraphQL operation to be parsed and executed, if the event target is an AppSync API.</summary>
    /// <remarks>EventBridge API model shape <c>AppSyncParameters</c>; members and their order follow it.</remarks>
    public sealed partial class AppSyncParameters : IHasAdditionalMembers
    {
        /// <summary>The GraphQL operation; that is, the query, mutation, or subscription to be parsed and executed by the GraphQL service.</summary>
        /// <remarks>JSON member <c>GraphQLOperation</c>.</remarks>
        public string? GraphQLOperation { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "AppSyncParameters",
            typeof(AppSyncParameters),
            () => new AppSyncParameters(),
            new[]
            {
                MemberSchema.Scalar("GraphQLOperation", SchemaKind.String, false, o => ((AppSyncParameters)o).GraphQLOperation, (o, v) => ((AppSyncParameters)o).GraphQLOperation = (string?)v),
            });
    }
}
