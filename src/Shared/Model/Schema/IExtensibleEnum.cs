namespace TaskDefKit.Model.Schema
{
    /// <summary>
    /// A string enumeration of the ECS API. The known values are typed members; any other string (a value AWS
    /// adds later, or a template placeholder) is kept as it is, so read → emit never changes it.
    /// </summary>
    public interface IExtensibleEnum
    {
        /// <summary>The exact string sent to and received from AWS.</summary>
        string Value { get; }

        /// <summary>True when the value is one of those the ECS API model lists.</summary>
        bool IsKnown { get; }
    }
}
