using System.Reflection;

namespace TaskDefKit.Cli
{
    /// <summary>The tool's version (the assembly's informational version without the source revision).</summary>
    internal static class ToolVersion
    {
        public static string Value { get; } = Compute();

        private static string Compute()
        {
            string version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            int plus = version.IndexOf('+', System.StringComparison.Ordinal);
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }
}
