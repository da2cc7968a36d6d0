using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace TaskDefKit.Cli.Emit
{
    /// <summary>
    /// Loads a built assembly with its own dependencies (resolved through its .deps.json, else from its folder), apart
    /// from the tool's: the project's TaskDefKit version writes its own definitions, whatever version the tool has.
    /// </summary>
    internal sealed class EmitLoadContext : AssemblyLoadContext
    {
        private readonly AssemblyDependencyResolver _resolver;
        private readonly string _folder;

        public EmitLoadContext(string assemblyPath)
            : base("taskdef-emit", isCollectible: true)
        {
            _resolver = new AssemblyDependencyResolver(assemblyPath);
            _folder = Path.GetDirectoryName(assemblyPath)!;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string? path = _resolver.ResolveAssemblyToPath(assemblyName);
            if (path is null)
            {
                string local = Path.Combine(_folder, assemblyName.Name + ".dll");
                path = File.Exists(local) && !IsFramework(assemblyName) ? local : null;
            }

            // Null falls back to the default context: the shared framework.
            return path is null ? null : LoadFromAssemblyPath(path);
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        {
            string? path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
            return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
        }

        private static bool IsFramework(AssemblyName name) =>
            name.Name != null && (name.Name.StartsWith("System.", StringComparison.Ordinal) || name.Name == "System" || name.Name == "netstandard" || name.Name.StartsWith("Microsoft.", StringComparison.Ordinal));
    }
}
