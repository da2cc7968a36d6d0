using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Output
{
    /// <summary>Writes reports as they come, one file at a time, so output starts at once and memory stays flat.</summary>
    internal interface IReportWriter
    {
        void Write(FileReport report);

        void Complete(RunSummary summary);
    }
}
