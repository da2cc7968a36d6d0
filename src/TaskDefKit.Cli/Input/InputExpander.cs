using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using TaskDefKit.Cli.FileSystem;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// Turns command-line inputs (files, folders, globs, "-") into a lazy stream of files, so 10,000 files never sit
    /// in memory at once. Folders are walked in ordinal order (stable output); a folder that cannot be listed becomes
    /// one problem item instead of an exception. Every real file is visited once: links are followed, but a folder or
    /// file already reached by another path (a link loop, a link beside its target, a file named twice) is not read
    /// again, so neither <c>ln -s . d/a</c> nor a <c>**</c> glob can make the walk run away.
    /// </summary>
    internal sealed class InputExpander
    {
        /// <summary>The extensions a folder or a bare <c>**</c> glob picks up.</summary>
        private static readonly string[] s_extensions = { ".json", ".yaml", ".yml", ".template", ".tf" };

        private readonly string _workingDirectory;
        private readonly bool _literal;
        private readonly HashSet<string> _excluded;
        private readonly HashSet<string> _seenFiles = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _seenFolders = new HashSet<string>(StringComparer.Ordinal);

        private InputExpander(string workingDirectory, bool literal, IEnumerable<string>? excluded)
        {
            _workingDirectory = workingDirectory;
            _literal = literal;
            _excluded = new HashSet<string>(excluded ?? Array.Empty<string>(), StringComparer.Ordinal);
        }

        /// <param name="inputs">As given on the command line.</param>
        /// <param name="workingDirectory">Relative inputs and printed paths are relative to this.</param>
        /// <param name="literal">True (<c>--literal</c>): no input is a glob, whatever characters it has.</param>
        /// <param name="excluded">Real paths never read (the report being written, and its temporary file).</param>
        public static IEnumerable<InputItem> Expand(IEnumerable<string> inputs, string workingDirectory, bool literal = false, IEnumerable<string>? excluded = null) =>
            new InputExpander(workingDirectory, literal, excluded).ExpandAll(inputs);

        /// <summary>
        /// The real path of each input that names one file (not "-", a folder or a glob): what an output path must
        /// not be.
        /// </summary>
        public static IEnumerable<(string Input, string RealPath)> NamedFiles(IEnumerable<string> inputs, string workingDirectory, bool literal)
        {
            foreach (string input in inputs)
            {
                if (input == InputItem.StandardInput || (!literal && IsGlob(input, workingDirectory)))
                {
                    continue;
                }

                string full = Path.GetFullPath(input, workingDirectory);
                if (!Directory.Exists(full))
                {
                    yield return (input, RealPath.Of(full) ?? full);
                }
            }
        }

        private IEnumerable<InputItem> ExpandAll(IEnumerable<string> inputs)
        {
            foreach (string input in inputs)
            {
                if (input == InputItem.StandardInput)
                {
                    yield return new InputItem(InputItem.StandardInput, "<stdin>", named: true);
                    continue;
                }

                if (!_literal && IsGlob(input, _workingDirectory))
                {
                    bool any = false;
                    foreach (InputItem item in ExpandGlob(input))
                    {
                        any = true;
                        if (item.Path.Length > 0)
                        {
                            yield return item;
                        }
                    }

                    if (!any)
                    {
                        yield return new InputItem(input, input, named: true, problem: "no file matches this pattern (a file whose name has *, ? or [: name it with --literal)");
                    }

                    continue;
                }

                string full = Path.GetFullPath(input, _workingDirectory);
                if (Directory.Exists(full))
                {
                    bool any = false;
                    foreach (InputItem item in WalkFolder(full, null))
                    {
                        any = true;
                        if (item.Path.Length > 0)
                        {
                            yield return item;
                        }
                    }

                    if (!any)
                    {
                        // Like a glob that matches nothing: say so, rather than a bare "0 files" summary.
                        yield return new InputItem(full, Display(full, _workingDirectory), named: true, problem: "no input files under this folder (looked for .json, .yaml, .yml, .template and .tf files)");
                    }
                }
                else if (_seenFiles.Add(RealPath.Of(full) ?? full))
                {
                    // A missing file is reported when it is read, with the reason the system gives.
                    yield return new InputItem(full, Display(full, _workingDirectory), named: true);
                }
            }
        }

        public static string Display(string fullPath, string workingDirectory)
        {
            string relative = Path.GetRelativePath(workingDirectory, fullPath);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        }

        /// <summary>Has a wildcard and is not the name of an existing file or folder (an existing name wins).</summary>
        private static bool IsGlob(string input, string workingDirectory)
        {
            if (input.IndexOfAny(new[] { '*', '?', '[' }) < 0)
            {
                return false;
            }

            string full = Path.GetFullPath(input, workingDirectory);
            return !File.Exists(full) && !Directory.Exists(full);
        }

        /// <summary>
        /// Matching files below <paramref name="root"/>; an item with an empty path stands for a match that was not
        /// yielded because its real file was already read (so the caller still knows something matched).
        /// </summary>
        private IEnumerable<InputItem> WalkFolder(string root, Regex? filter)
        {
            string? realRoot = RealPath.Of(root);
            if (realRoot is null || !_seenFolders.Add(realRoot))
            {
                yield return InputItem.AlreadySeen;
                yield break;
            }

            var pending = new Stack<(string Folder, string Real)>();
            pending.Push((root, realRoot));
            while (pending.Count > 0)
            {
                (string folder, string real) = pending.Pop();
                FileSystemInfo[] entries;
                string? problem = null;
                try
                {
                    entries = new DirectoryInfo(folder).GetFileSystemInfos();
                }
                catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
                {
                    entries = Array.Empty<FileSystemInfo>();
                    problem = "cannot list this folder: " + Describe(exception);
                }

                if (problem != null)
                {
                    yield return new InputItem(folder, Display(folder, _workingDirectory), named: true, problem: problem);
                    continue;
                }

                Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
                var subfolders = new List<(string, string)>();
                foreach (FileSystemInfo entry in entries)
                {
                    bool isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                    string path = Path.Combine(folder, entry.Name);

                    // A link's real path is resolved; anything else is its real folder's real path plus its name.
                    string? entryReal = isLink ? RealPath.Of(path) : Path.Combine(real, entry.Name);
                    if (entry is DirectoryInfo || (isLink && entryReal != null && Directory.Exists(entryReal)))
                    {
                        if (entryReal != null && _seenFolders.Add(entryReal))
                        {
                            subfolders.Add((path, entryReal));
                        }

                        continue;
                    }

                    if (string.Equals(entry.Name, Config.ConfigLoader.FileName, StringComparison.Ordinal))
                    {
                        // The project's own configuration file is not an input (it would read as a task definition
                        // without family and containers); naming it explicitly still validates it.
                        continue;
                    }

                    if (!(filter is null ? HasKnownExtension(path) : filter.IsMatch(ToForwardSlashes(Path.GetRelativePath(root, path)))))
                    {
                        continue;
                    }

                    if (entryReal is null)
                    {
                        yield return new InputItem(path, Display(path, _workingDirectory), named: false, problem: "a symbolic link that leads nowhere (missing target, or a loop)");
                    }
                    else if (_excluded.Contains(entryReal) || !_seenFiles.Add(entryReal))
                    {
                        // The report being written, or a file already read through another path.
                        yield return InputItem.AlreadySeen;
                    }
                    else
                    {
                        yield return new InputItem(path, Display(path, _workingDirectory), named: false);
                    }
                }

                // Pushed in reverse so the first subfolder is walked first.
                for (int i = subfolders.Count - 1; i >= 0; i--)
                {
                    pending.Push(subfolders[i]);
                }
            }
        }

        private IEnumerable<InputItem> ExpandGlob(string pattern)
        {
            string normalized = ToForwardSlashes(pattern);
            int firstWildcard = normalized.IndexOfAny(new[] { '*', '?', '[' });
            int baseEnd = normalized.LastIndexOf('/', firstWildcard);
            string basePart = baseEnd < 0 ? "." : (baseEnd == 0 ? "/" : normalized.Substring(0, baseEnd));
            string rest = normalized.Substring(baseEnd + 1);
            string root = Path.GetFullPath(basePart, _workingDirectory);
            if (!Directory.Exists(root))
            {
                return Array.Empty<InputItem>();
            }

            return WalkFolder(root, GlobToRegex(rest));
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
