using Microsoft.CodeAnalysis;

namespace TaskDefKit.Analyzers.Generator
{
    /// <summary>
    /// Receives what only the analyzer needs from a parse: which attribute argument set which JSON pointer, and the
    /// generator's own findings (TDK8xxx). The generator parses without a sink, so its specs carry no locations.
    /// </summary>
    internal interface IParseSink
    {
        /// <summary>Records that <paramref name="pointer"/> was set by an argument (<paramref name="argument"/>) or, when null, by the attribute.</summary>
        void Map(string pointer, AttributeData attribute, string? argument);

        /// <summary>A finding about the member at <paramref name="pointer"/>; located through the map.</summary>
        void Report(string ruleId, string pointer, string message);

        /// <summary>A finding about a declaration (class or property).</summary>
        void Report(string ruleId, ISymbol symbol, string message);

        /// <summary>A finding about an attribute (or one of its arguments).</summary>
        void Report(string ruleId, AttributeData attribute, string? argument, string message);
    }
}
