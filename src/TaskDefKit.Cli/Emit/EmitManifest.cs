using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace TaskDefKit.Cli.Emit
{
    /// <summary>
    /// <c>.taskdef-emitted</c> in the output folder: the files <c>taskdef emit</c> wrote and the SHA-256 of the bytes it
    /// wrote, one <c>&lt;sha256&gt;  &lt;name&gt;</c> line each, sorted (the format of <c>sha256sum</c>, so
    /// <c>sha256sum -c .taskdef-emitted</c> checks them). A listed file whose bytes still match was generated and may be
    /// replaced or, with <c>--clean</c>, removed; any other file there is someone's, and emit leaves it alone.
    /// </summary>
    internal sealed class EmitManifest
    {
        /// <summary>No .json extension: validating the output folder must not read the manifest as an input.</summary>
        public const string FileName = ".taskdef-emitted";

        private readonly SortedDictionary<string, string> _hashes;
        private readonly string _original;

        private EmitManifest(SortedDictionary<string, string> hashes)
        {
            _hashes = hashes;
            _original = Text();
        }

        public IEnumerable<string> Files => _hashes.Keys;

        public static EmitManifest Load(string folder)
        {
            var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            string path = Path.Combine(folder, FileName);
            if (File.Exists(path) && new FileInfo(path).LinkTarget is null)
            {
                foreach (string line in File.ReadAllLines(path))
                {
                    int gap = line.IndexOf("  ", StringComparison.Ordinal);
                    if (gap == 64 && line.Length > 66)
                    {
                        hashes[line.Substring(66)] = line.Substring(0, 64);
                    }
                }
            }

            return new EmitManifest(hashes);
        }

        public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

        /// <summary>True when the file is listed and its bytes are still the ones emit wrote (nobody edited it).</summary>
        public bool IsUnchangedOutput(string name, ReadOnlySpan<byte> currentBytes) =>
            _hashes.TryGetValue(name, out string? hash) && hash == Hash(currentBytes);

        public bool Lists(string name) => _hashes.ContainsKey(name);

        public void Record(string name, ReadOnlySpan<byte> bytes) => _hashes[name] = Hash(bytes);

        public void Forget(string name) => _hashes.Remove(name);

        /// <summary>Writes the manifest (atomically) when it changed; an empty one is removed.</summary>
        public void Save(string folder)
        {
            string text = Text();
            if (text == _original)
            {
                return;
            }

            string path = Path.Combine(folder, FileName);
            if (_hashes.Count == 0)
            {
                File.Delete(path);
                return;
            }

            FileSystem.PendingFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        }

        private string Text()
        {
            var text = new StringBuilder();
            foreach (KeyValuePair<string, string> entry in _hashes)
            {
                text.Append(entry.Value).Append("  ").Append(entry.Key).Append('\n');
            }

            return text.ToString();
        }
    }
}
