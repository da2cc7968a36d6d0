using System.IO;
using System.Text;

namespace TaskDefKit.Cli.FileSystem
{
    /// <summary>
    /// A writer that turns an IOException of the underlying stream into <see cref="OutputWriteException"/> naming
    /// the output, so a full disk on stdout or on a report file is told apart from a failing input.
    /// </summary>
    internal sealed class GuardedWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly string _name;

        public GuardedWriter(TextWriter inner, string name)
            : base(inner.FormatProvider)
        {
            _inner = inner;
            _name = name;
            NewLine = inner.NewLine;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            try
            {
                _inner.Write(value);
            }
            catch (IOException exception) when (exception is not OutputWriteException)
            {
                throw new OutputWriteException(_name, exception);
            }
        }

        public override void Write(string? value)
        {
            try
            {
                _inner.Write(value);
            }
            catch (IOException exception) when (exception is not OutputWriteException)
            {
                throw new OutputWriteException(_name, exception);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            try
            {
                _inner.Write(buffer, index, count);
            }
            catch (IOException exception) when (exception is not OutputWriteException)
            {
                throw new OutputWriteException(_name, exception);
            }
        }

        public override void Flush()
        {
            try
            {
                _inner.Flush();
            }
            catch (IOException exception) when (exception is not OutputWriteException)
            {
                throw new OutputWriteException(_name, exception);
            }
        }

        /// <summary>The writer underneath (tests read their StringWriter back through it).</summary>
        public TextWriter Inner => _inner;

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
