using System;
using System.IO;

namespace TaskDefKit.Analyzers.Tests.Infrastructure
{
    public static class RepoPaths
    {
        private static readonly Lazy<string> s_root = new Lazy<string>(() =>
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "TaskDefKit.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return directory ?? throw new InvalidOperationException("TaskDefKit.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => s_root.Value;
    }
}
