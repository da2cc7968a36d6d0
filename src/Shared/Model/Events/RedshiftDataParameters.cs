using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>These are custom parameters to be used when the target is a Amazon Redshift cluster to invoke the Amazon Redshift Data API ExecuteStatement based on EventBridge events.</summary>
    /// <remarks>EventBridge API model shape <c>RedshiftDataParameters</c>; members and their order follow it.</remarks>
    public sealed partial class RedshiftDataParameters : IHasAdditionalMembers
    {
        /// <summary>The name or ARN of the secret that enables access to the database.</summary>
        /// <remarks>JSON member <c>SecretManagerArn</c>.</remarks>
        public string? SecretManagerArn { get; set; }

        /// <summary>The name of the database.</summary>
        /// <remarks>JSON member <c>Database</c> (required by the API).</remarks>
        public string? Database { get; set; }

        /// <summary>The database user name.</summary>
        /// <remarks>JSON member <c>DbUser</c>.</remarks>
        public string? DbUser { get; set; }

        /// <summary>The SQL statement text to run.</summary>
        /// <remarks>JSON member <c>Sql</c>.</remarks>
        public string? Sql { get; set; }

        /// <summary>The name of the SQL statement.</summary>
        /// <remarks>JSON member <c>StatementName</c>.</remarks>
        public string? StatementName { get; set; }

        /// <summary>Indicates whether to send an event back to EventBridge after the SQL statement runs.</summary>
        /// <remarks>JSON member <c>WithEvent</c>.</remarks>
        public bool? WithEvent { get; set; }

        /// <summary>One or more SQL statements to run.</summary>
        /// <remarks>JSON member <c>Sqls</c>.</remarks>
        public List<string>? Sqls { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RedshiftDataParameters",
            typeof(RedshiftDataParameters),
            () => new RedshiftDataParameters(),
            new[]
            {
                MemberSchema.Scalar("SecretManagerArn", SchemaKind.String, false, o => ((RedshiftDataParameters)o).SecretManagerArn, (o, v) => ((RedshiftDataParameters)o).SecretManagerArn = (string?)v),
                MemberSchema.Scalar("Database", SchemaKind.String, true, o => ((RedshiftDataParameters)o).Database, (o, v) => ((RedshiftDataParameters)o).Database = (string?)v),
                MemberSchema.Scalar("DbUser", SchemaKind.String, false, o => ((RedshiftDataParameters)o).DbUser, (o, v) => ((RedshiftDataParameters)o).DbUser = (string?)v),
                MemberSchema.Scalar("Sql", SchemaKind.String, false, o => ((RedshiftDataParameters)o).Sql, (o, v) => ((RedshiftDataParameters)o).Sql = (string?)v),
                MemberSchema.Scalar("StatementName", SchemaKind.String, false, o => ((RedshiftDataParameters)o).StatementName, (o, v) => ((RedshiftDataParameters)o).StatementName = (string?)v),
                MemberSchema.Scalar("WithEvent", SchemaKind.Boolean, false, o => ((RedshiftDataParameters)o).WithEvent, (o, v) => ((RedshiftDataParameters)o).WithEvent = (bool?)v),
                MemberSchema.List("Sqls", false, SchemaKind.String, () => new List<string>(), o => ((RedshiftDataParameters)o).Sqls, (o, v) => ((RedshiftDataParameters)o).Sqls = (List<string>?)v),
            });
    }
}
