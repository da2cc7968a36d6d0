using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// Turns command-line inputs (files, folders, globs, "-") into a lazy stream of files, so 10,000 files never sit
    /// in memory at once. Folders are walked in ordinal order (stable output); a folder that cannot be listed becomes
    /// one problem item instead of an exception.
    /// </summary>
    internal static class InputExpander
    {
        /// <summary>The extensions a folder or a bare <c>**</c> glob picks up.</summary>
        private static readonly string[] s_extensions = { ".json", ".yaml", ".yml", ".template", ".tf" };

        public static IEnumerable<InputItem> Expand(IEnumerable<string> inputs, string workingDirectory)
        {
            foreach (string input in inputs)
            {
                if (input == InputItem.StandardInput)
                {
                    yield return new InputItem(InputItem.StandardInput, "<stdin>", named: true);
                    continue;
                }

                if (IsGlob(input))
                {
                    bool any = false;
                    foreach (InputItem item in ExpandGlob(input, workingDirectory))
                    {
                        any = true;
                        yield return item;
                    }

                    if (!any)
                    {
                        yield return new InputItem(input, input, named: true, problem: "no file matches this pattern");
                    }

                    continue;
                }

                string full = Path.GetFullPath(input, workingDirectory);
                if (Directory.Exists(full))
                {
                    bool any = false;
                    foreach (InputItem item in WalkFolder(full, workingDirectory, null))
                    {
                        any = true;
                        yield return item;
                    }

                    if (!any)
                    {
                        // Like a glob that matches nothing: say so, rather than a bare "0 files" summary.
                        yield return new InputItem(full, Display(full, workingDirectory), named: true, problem: "no input files under this folder (looked for .json, .yaml, .yml, .template and .tf files)");
                    }
                }
                else
                {
                    // A missing file is reported when it is read, with the reason the system gives.
                    yield return new InputItem(full, Display(full, workingDirectory), named: true);
                }
            }
        }

        public static string Display(string fullPath, string workingDirectory)
        {
            string relative = Path.GetRelativePath(workingDirectory, fullPath);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        }

        private static bool IsGlob(string input) => input.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

        private static IEnumerable<InputItem> WalkFolder(string root, string workingDirectory, Regex? filter)
        {
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                string folder = pending.Pop();
                string[] entries;
                string? problem = null;
                try
                {
                    entries = Directory.GetFileSystemEntries(folder);
                }
                catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
                {
                    entries = Array.Empty<string>();
                    problem = "cannot list this folder: " + Describe(exception);
                }

                if (problem != null)
                {
                    yield return new InputItem(folder, Display(folder, workingDirectory), named: true, problem: problem);
                    continue;
                }

                Array.Sort(entries, StringComparer.Ordinal);
                var subfolders = new List<string>();
                foreach (string entry in entries)
                {
                    if (Directory.Exists(entry))
                    {
                        subfolders.Add(entry);
                    }
                    else if (string.Equals(Path.GetFileName(entry), Config.ConfigLoader.FileName, StringComparison.Ordinal))
                    {
                        // The project's own configuration file is not an input (it would read as a task definition
                        // without family and containers); naming it explicitly still validates it.
                        continue;
                    }
                    else if (filter is null ? HasKnownExtension(entry) : filter.IsMatch(ToForwardSlashes(Path.GetRelativePath(root, entry))))
                    {
                        yield return new InputItem(entry, Display(entry, workingDirectory), named: false);
                    }
                }

                // Pushed in reverse so the first subfolder is walked first.
                for (int i = subfolders.Count - 1; i >= 0; i--)
                {
                    pending.Push(subfolders[i]);
                }
            }
        }

        private static IEnumerable<InputItem> ExpandGlob(string pattern, string workingDirectory)
        {
            string normalized = ToForwardSlashes(pattern);
            int firstWildcard = normalized.IndexOfAny(new[] { '*', '?', '[' });
            int baseEnd = normalized.LastIndexOf('/', firstWildcard);
            string basePart = baseEnd < 0 ? "." : (baseEnd == 0 ? "/" : normalized.Substring(0, baseEnd));
            string rest = normalized.Substring(baseEnd + 1);
            string root = Path.GetFullPath(basePart, workingDirectory);
            if (!Directory.Exists(root))
            {
                return Array.Empty<InputItem>();
            }

            return WalkFolder(root, workingDirectory, GlobToRegex(rest));
        }

        /// <summary><c>**/</c> spans folders, <c>*</c> and <c>?</c> stay inside one name, <c>[abc]</c> is a class.</summary>
        internal static Regex GlobToRegex(string glob)
        {
            var pattern = new StringBuilder("^");
            for (int i = 0; i < glob.Length; i++)
            {
                char c = glob[i];
                if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
                {
                    bool slash = i + 2 < glob.Length && glob[i + 2] == '/';
                    pattern.Append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                }
                else if (c == '*')
                {
                    pattern.Append("[^/]*");
                }
                else if (c == '?')
                {
                    pattern.Append("[^/]");
                }
                else if (c == '[')
                {
                    int close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        pattern.Append("\\[");
                    }
                    else
                    {
                        pattern.Append('[').Append(glob, i + 1, close - i - 1).Append(']');
                        i = close;
                    }
                }
                else
                {
                    pattern.Append(Regex.Escape(c.ToString()));
                }
            }

            return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
        }

        private static bool HasKnownExtension(string path)
        {
            foreach (string extension in s_extensions)
            {
                if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static string ToForwardSlashes(string path) => path.Replace('\\', '/');

        internal static string Describe(Exception exception) => exception switch
        {
            UnauthorizedAccessException => "permission denied",
            DirectoryNotFoundException => "no such file or directory",
            FileNotFoundException => "no such file or directory",
            _ => exception.Message,
        };
    }
}
