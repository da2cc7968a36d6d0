using System;
using System.Collections.Generic;
using System.IO;

namespace TaskDefKit.Cli.FileSystem
{
    /// <summary>
    /// The canonical path of a file or folder, every symbolic link resolved (like realpath(3)), so the input walker
    /// can visit each real file and folder once however many links lead to it, and a link loop ends the walk.
    /// </summary>
    internal static class RealPath
    {
        /// <summary>The kernel's own limit on links followed while resolving one path (ELOOP).</summary>
        private const int MaxLinks = 40;

        /// <summary>The resolved path, or null for a link loop or a path that cannot be inspected.</summary>
        public static string? Of(string path)
        {
            string full = Path.GetFullPath(path);
            string current = Path.GetPathRoot(full) ?? "/";
            var pending = new Stack<string>();
            PushParts(pending, full.Substring(current.Length));
            int links = 0;
            while (pending.Count > 0)
            {
                string part = pending.Pop();
                if (part.Length == 0 || part == ".")
                {
                    continue;
                }

                if (part == "..")
                {
                    // Resolved left to right, so ".." is the parent of the real folder, as the kernel does it.
                    current = Path.GetDirectoryName(current) ?? current;
                    continue;
                }

                string next = Path.Combine(current, part);
                string? target;
                try
                {
                    target = new FileInfo(next).LinkTarget;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return null;
                }

                if (target is null)
                {
                    current = next;
                    continue;
                }

                if (++links > MaxLinks)
                {
                    return null;
                }

                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target) ?? current;
                    target = target.Substring(current.Length);
                }

                PushParts(pending, target);
            }

            return current;
        }

        private static void PushParts(Stack<string> pending, string relative)
        {
            string[] parts = relative.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar });
            for (int i = parts.Length - 1; i >= 0; i--)
            {
                pending.Push(parts[i]);
            }
        }
    }
}
