using System.Threading.Tasks;

namespace TaskDefKit.Cli
{
    /// <summary>The process entry point; everything else goes through <see cref="CliApp"/> so tests run the same code.</summary>
    internal static class Program
    {
        private static Task<int> Main(string[] args) => CliApp.RunAsync(args, CliConsole.FromProcess());
    }
}
