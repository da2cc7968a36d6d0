using System.Collections.Generic;

namespace TaskDefKit.Model.Schema
{
    /// <summary>
    /// A JSON member that the model does not know, kept with its raw JSON text so that reading and writing a
    /// definition never drops it silently. The validator reports it (TDK1029).
    /// </summary>
    public sealed class AdditionalMember
    {
        public AdditionalMember(string name, string rawJson)
        {
            Name = name;
            RawJson = rawJson;
        }

        public string Name { get; }

        /// <summary>The member's value exactly as it appeared in the input (compact or as written).</summary>
        public string RawJson { get; }
    }

    /// <summary>Implemented by every model class: members read from JSON that the model does not know.</summary>
    public interface IHasAdditionalMembers
    {
        List<AdditionalMember>? AdditionalMembers { get; set; }
    }
}
