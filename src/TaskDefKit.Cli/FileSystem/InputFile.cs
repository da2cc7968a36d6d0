using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace TaskDefKit.Cli.FileSystem
{
    /// <summary>
    /// Opens an input for reading without ever blocking in open(2): on Linux with O_NONBLOCK, so a FIFO that nobody
    /// writes to opens at once (and then reads as empty) instead of hanging the run. Whether the result is a regular
    /// file is told by the stream: pipes, FIFOs, sockets and terminals cannot seek.
    /// </summary>
    internal static class InputFile
    {
        private const int ReadOnly = 0;
        private const int NonBlocking = 0x800;   // O_NONBLOCK on Linux x64 and arm64
        private const int CloseOnExec = 0x80000; // O_CLOEXEC
        private const int GetFlags = 3;          // F_GETFL
        private const int SetFlags = 4;          // F_SETFL

        public static FileStream Open(string path)
        {
            if (!OperatingSystem.IsLinux())
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            }

            byte[] native = Encoding.UTF8.GetBytes(path + "\0");
            int fd = NativeOpen(native, ReadOnly | NonBlocking | CloseOnExec);
            if (fd < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                throw errno switch
                {
                    2 or 20 => new FileNotFoundException("no such file or directory", path), // ENOENT, ENOTDIR
                    13 or 1 => new UnauthorizedAccessException("permission denied"),       // EACCES, EPERM
                    36 => new PathTooLongException("the name is too long"),                // ENAMETOOLONG
                    40 => new IOException("too many levels of symbolic links"),            // ELOOP
                    _ => new IOException(Marshal.GetPInvokeErrorMessage(errno)),
                };
            }

            // Reads block again (a writer that is slow is waited for, as cat would); only the open had to not block.
            int flags = NativeFcntl(fd, GetFlags, 0);
            if (flags >= 0)
            {
                _ = NativeFcntl(fd, SetFlags, flags & ~NonBlocking);
            }

            return new FileStream(new SafeFileHandle((IntPtr)fd, ownsHandle: true), FileAccess.Read, 1);
        }

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        private static extern int NativeOpen(byte[] path, int flags);

        [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
        private static extern int NativeFcntl(int fd, int command, int argument);
    }
}
