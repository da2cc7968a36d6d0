namespace TaskDefKit.Model.Schema
{
    /// <summary>The JSON kind of a model member, as the ECS API model (botocore) declares it.</summary>
    public enum SchemaKind
    {
        /// <summary>A JSON string.</summary>
        String,

        /// <summary>A JSON integer (32-bit).</summary>
        Integer,

        /// <summary>A JSON boolean.</summary>
        Boolean,

        /// <summary>A JSON string restricted to an enumeration; unknown values are kept as they are.</summary>
        Enum,

        /// <summary>A JSON object with a fixed set of members.</summary>
        Object,

        /// <summary>A JSON array.</summary>
        List,

        /// <summary>A JSON object whose members are free-form string keys with string values.</summary>
        Map,

        /// <summary>A JSON number with a fraction allowed (botocore <c>double</c>, e.g. a canary percentage).</summary>
        Number,

        /// <summary>A JSON integer (64-bit, botocore <c>long</c>).</summary>
        Long,

        /// <summary>
        /// A point in time (botocore <c>timestamp</c>), kept as the text written: an ISO 8601 string or epoch seconds,
        /// both of which the AWS CLI accepts; written back as a JSON string.
        /// </summary>
        Timestamp,
    }
}
