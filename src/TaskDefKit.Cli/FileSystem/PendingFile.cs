using System;
using System.IO;

namespace TaskDefKit.Cli.FileSystem
{
    /// <summary>
    /// The one way taskdef writes a file (emit, render -o, validate -o, the emit manifest): the bytes go to a new
    /// temporary file in the destination's folder, and only a complete, flushed file is renamed over the destination.
    /// A failing write (disk full, a crash) leaves the old file as it was; a destination that is a symbolic link or a
    /// folder is refused, so nothing is ever written through a link. Paths under /dev and /proc (/dev/null,
    /// /dev/stdout, process substitution) are devices and pipes, not files: they are written directly.
    /// </summary>
    internal sealed class PendingFile : IDisposable
    {
        private readonly string _destination;
        private bool _committed;

        private PendingFile(string destination, string? temporaryPath, FileStream stream)
        {
            _destination = destination;
            TemporaryPath = temporaryPath;
            Stream = stream;
        }

        /// <summary>The file being written; null when the destination is a device written directly.</summary>
        public string? TemporaryPath { get; }

        public FileStream Stream { get; }

        /// <summary>Starts writing <paramref name="fullPath"/>; throws IOException with a reader-friendly message.</summary>
        public static PendingFile Create(string fullPath)
        {
            if (IsDevice(fullPath))
            {
                return new PendingFile(fullPath, null, new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1));
            }

            if (Refusal(fullPath) is string why)
            {
                throw new IOException(why);
            }

            string folder = Path.GetDirectoryName(fullPath) ?? ".";
            // A short fixed-length name: a destination name near the 255-byte limit must not make the temporary
            // name too long. CreateNew (O_EXCL) never opens a link or file someone placed there.
            string temporary = Path.Combine(folder, ".taskdef-" + Guid.NewGuid().ToString("N").Substring(0, 16) + ".tmp");
            return new PendingFile(fullPath, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1));
        }

        /// <summary>Writes a whole file atomically.</summary>
        public static void WriteAllBytes(string fullPath, ReadOnlySpan<byte> bytes)
        {
            using PendingFile file = Create(fullPath);
            file.Stream.Write(bytes);
            file.Commit();
        }

        /// <summary>Why taskdef will not replace this path, or null when it may.</summary>
        public static string? Refusal(string fullPath)
        {
            if (Directory.Exists(fullPath) && new DirectoryInfo(fullPath).LinkTarget is null)
            {
                return "is a folder";
            }

            if (new FileInfo(fullPath).LinkTarget is string target)
            {
                return "is a symbolic link (to " + target + "); taskdef never writes through a link: remove it, or name the file it points to";
            }

            return null;
        }

        /// <summary>Paths the operating system serves as devices or pipes (/dev/null, /dev/stdout, /dev/fd/N).</summary>
        public static bool IsDevice(string fullPath) =>
            !OperatingSystem.IsWindows() && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal));

        /// <summary>Flushes to disk and puts the file in place; until then the destination is untouched.</summary>
        public void Commit()
        {
            if (TemporaryPath is null)
            {
                Stream.Flush();
                Stream.Dispose();
                _committed = true;
                return;
            }

            Stream.Flush(flushToDisk: true);
            Stream.Dispose();
            if (!OperatingSystem.IsWindows() && File.Exists(_destination))
            {
                // A replaced file keeps its permissions (a report or definition someone made read-only for others).
                File.SetUnixFileMode(TemporaryPath, File.GetUnixFileMode(_destination));
            }

            // rename(2): atomic, and it replaces the directory entry, never the target of a link put there meanwhile.
            File.Move(TemporaryPath, _destination, overwrite: true);
            _committed = true;
        }

        public void Dispose()
        {
            if (_committed)
            {
                return;
            }

            try
            {
                Stream.Dispose();
            }
            catch (IOException)
            {
                // The write already failed (that is why we are here); the flush on close fails the same way.
            }

            if (TemporaryPath != null)
            {
                try
                {
                    File.Delete(TemporaryPath);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Best effort: a leftover temporary file is harmless, a lost destination is not.
                }
            }
        }
    }
}
