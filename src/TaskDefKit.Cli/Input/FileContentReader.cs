using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Unicode;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// Reads one input's bytes and rejects what is not text before any parser sees it: files over the size cap
    /// (checked before reading, so a 100 MB file costs nothing), binary files and invalid UTF-8.
    /// </summary>
    internal static class FileContentReader
    {
        /// <summary>Far above any real task definition or template (AWS caps a task definition at 64 KiB).</summary>
        public const long DefaultMaxBytes = 10L * 1024 * 1024;

        public static byte[]? Read(InputItem item, long maxBytes, Func<Stream> openStandardInput, out InputProblem? problem)
        {
            byte[] bytes;
            try
            {
                if (item.IsStandardInput)
                {
                    using Stream stdin = openStandardInput();
                    bytes = ReadCapped(stdin, maxBytes, out bool tooLarge);
                    if (tooLarge)
                    {
                        problem = new InputProblem("the input is larger than the " + Size(maxBytes) + " limit (raise it with --max-file-size)");
                        return null;
                    }
                }
                else
                {
                    var info = new FileInfo(item.Path);
                    if (!info.Exists)
                    {
                        problem = new InputProblem(Directory.Exists(item.Path) ? "is a folder" : "no such file or directory");
                        return null;
                    }

                    if (info.Length > maxBytes)
                    {
                        problem = new InputProblem("the file is " + Size(info.Length) + ", larger than the " + Size(maxBytes) + " limit (raise it with --max-file-size)");
                        return null;
                    }

                    bytes = File.ReadAllBytes(item.Path);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problem = new InputProblem("cannot read: " + InputExpander.Describe(exception));
                return null;
            }

            // UTF-16/32 with a byte-order mark is text, not "binary": decoded here, once, for every kind of input.
            if (!TaskDefKit.Json.TextDecoding.TryToUtf8(bytes, out bytes, out string? encodingProblem))
            {
                problem = new InputProblem(encodingProblem!);
                return null;
            }

            problem = CheckText(bytes);
            return problem is null ? bytes : null;
        }

        /// <summary>A NUL byte never occurs in JSON or YAML text; invalid UTF-8 is located to the first bad byte.</summary>
        internal static InputProblem? CheckText(byte[] bytes)
        {
            int nul = Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192));
            if (nul >= 0)
            {
                return new InputProblem("a binary file (contains a NUL byte), not JSON or YAML text");
            }

            if (Utf8.IsValid(bytes))
            {
                return null;
            }

            int line = 1;
            int column = 1;
            ReadOnlySpan<byte> rest = bytes;
            int offset = 0;
            while (!rest.IsEmpty)
            {
                OperationStatus status = System.Text.Rune.DecodeFromUtf8(rest, out System.Text.Rune rune, out int consumed);
                if (status != OperationStatus.Done)
                {
                    return new InputProblem("not valid UTF-8 (byte 0x" + bytes[offset].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + ")", line, column);
                }

                if (rune.Value == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }

                rest = rest.Slice(consumed);
                offset += consumed;
            }

            return null;
        }

        private static byte[] ReadCapped(Stream stream, long maxBytes, out bool tooLarge)
        {
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    tooLarge = true;
                    return Array.Empty<byte>();
                }
            }

            tooLarge = false;
            return buffer.ToArray();
        }

        internal static string Size(long bytes) =>
            bytes >= 1024 * 1024
                ? (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB"
                : bytes >= 1024
                    ? (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB"
                    : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes";
    }
}
