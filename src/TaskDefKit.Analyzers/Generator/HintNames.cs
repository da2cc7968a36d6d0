using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace TaskDefKit.Analyzers.Generator
{
    /// <summary>
    /// The generated file's hint name, unique by construction. Two hint names Roslyn takes as equal (it compares them
    /// ignoring case) are CS8785, which drops every generated file of the project, so cleaning a name by replacing
    /// characters (<c>A‿B</c> and <c>A_B</c> both <c>A_B</c>) is not enough: the name is the class's metadata name
    /// encoded one-to-one, even ignoring case (see <see cref="Encode"/>).
    /// </summary>
    internal static class HintNames
    {
        public const string Suffix = ".TaskDefinition.g.cs";

        public static string For(INamedTypeSymbol type) => Encode(MetadataName(type)) + Suffix;

        /// <summary><c>Namespace.Outer+Inner</c>: distinct for distinct types of one compilation (namespaces and nesting told apart).</summary>
        internal static string MetadataName(INamedTypeSymbol type)
        {
            string name = type.Name;
            for (INamedTypeSymbol? containing = type.ContainingType; containing != null; containing = containing.ContainingType)
            {
                name = containing.Name + "+" + name;
            }

            INamespaceSymbol? ns = type.ContainingNamespace;
            return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "." + name;
        }

        /// <summary>
        /// One-to-one even when compared ignoring case: ASCII letters, digits and <c>.</c> stay; any other character
        /// (<c>_</c> and <c>+</c> included) becomes <c>_</c> and its four hex digits; then <c>-</c> and the case of
        /// the letters, one hex digit per four letters (bit set: upper case). <c>Web</c> is <c>Web-8</c>, <c>WEB</c>
        /// is <c>WEB-e</c>, <c>A‿B</c> is <c>A_203fB-c</c> and <c>A_B</c> is <c>A_005fB-c</c>.
        /// </summary>
        internal static string Encode(string metadataName)
        {
            var text = new StringBuilder(metadataName.Length + 8);
            var mask = new StringBuilder();
            int bits = 0;
            int count = 0;
            foreach (char c in metadataName)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.')
                {
                    text.Append(c);
                    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
                    {
                        bits = (bits << 1) | (c <= 'Z' ? 1 : 0);
                        if (++count == 4)
                        {
                            mask.Append(bits.ToString("x", CultureInfo.InvariantCulture));
                            bits = 0;
                            count = 0;
                        }
                    }
                }
                else
                {
                    text.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
            }

            if (count > 0)
            {
                mask.Append((bits << (4 - count)).ToString("x", CultureInfo.InvariantCulture));
            }

            return text.Append('-').Append(mask.ToString()).ToString();
        }
    }
}
