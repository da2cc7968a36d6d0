namespace TaskDefKit.Cli.Import.Attributed
{
    /// <summary>
    /// A member of the input that the attributed class does not write as the input has it, named by its JSON pointer
    /// in the definition (register-input form), with why.
    /// </summary>
    internal sealed class ImportNote
    {
        public ImportNote(string pointer, string why)
        {
            Pointer = pointer;
            Why = why;
        }

        public string Pointer { get; }

        public string Why { get; }

        public override string ToString() => Pointer + ": " + Why;
    }
}
