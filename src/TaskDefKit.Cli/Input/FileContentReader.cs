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

        /// <summary>
        /// The only way an input's bytes are read (files, folders' files, pipes, FIFOs, stdin): never more than
        /// <paramref name="maxBytes"/> are held, whatever the input claims or streams.
        /// </summary>
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
                    if (Directory.Exists(item.Path))
                    {
                        problem = new InputProblem("is a folder");
                        return null;
                    }

                    using FileStream stream = FileSystem.InputFile.Open(item.Path);
                    if (!stream.CanSeek && !item.Named)
                    {
                        // A FIFO, socket or terminal met in a folder or glob is not a task definition someone saved;
                        // reading it could wait for a writer forever. Named on the command line, it is read.
                        problem = new InputProblem("not a regular file (a FIFO, socket or device); skipped", skipped: true);
                        return null;
                    }

                    long length = stream.CanSeek ? stream.Length : 0;
                    if (length > maxBytes)
                    {
                        problem = new InputProblem("the file is " + Size(length) + ", larger than the " + Size(maxBytes) + " limit (raise it with --max-file-size)");
                        return null;
                    }

                    // Capped even for a regular file: it may grow while read, and a device may never end.
                    bytes = ReadCapped(stream, maxBytes, out bool tooLarge);
                    if (tooLarge)
                    {
                        problem = new InputProblem("the input is larger than the " + Size(maxBytes) + " limit (raise it with --max-file-size)");
                        return null;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problem = new InputProblem(exception is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : "cannot read: " + InputExpander.Describe(exception));
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
            using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, maxBytes) : 0);
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
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

        /// <summary>
        /// Exact: "10 MB" only when it is exactly 10 MB, else the byte count — never "the file is 10 MB, larger than
        /// the 10 MB limit".
        /// </summary>
        internal static string Size(long bytes)
        {
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            if (bytes > 0 && bytes % (1024 * 1024) == 0)
            {
                return (bytes / (1024 * 1024)).ToString(invariant) + " MB";
            }

            if (bytes > 0 && bytes % 1024 == 0)
            {
                return (bytes / 1024).ToString(invariant) + " KB";
            }

            return bytes.ToString("#,0", invariant) + (bytes == 1 ? " byte" : " bytes");
        }
    }
}
