using BenchmarkDotNet.Running;

namespace TaskDefKit.Benchmarks
{
    /// <summary>
    /// Speed and memory goals live here, never in timed unit tests. Run all:
    /// <c>dotnet run -c Release --project tests/TaskDefKit.Benchmarks -- --filter '*'</c>.
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
