using BenchmarkDotNet.Attributes;
using TaskDefKit.Placement.Cql;

namespace TaskDefKit.Benchmarks
{
    /// <summary>Goal (issue 3): one million typical expressions parsed per second on one core.</summary>
    [MemoryDiagnoser]
    public class CqlParserBenchmarks
    {
        private static readonly string[] Expressions =
        {
            "attribute:ecs.instance-type == t2.small",
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
            "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d",
            "task:group == service:production",
            "runningTasksCount == 1",
            "agentVersion < 1.14.5",
            "registeredAt < 2018-02-13",
            "ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']",
        };

        [Benchmark(Description = "parse 8 typical expressions", OperationsPerInvoke = 8)]
        public int Parse()
        {
            int nodes = 0;
            foreach (string expression in Expressions)
            {
                nodes += CqlParser.Parse(expression).Errors.Count;
            }

            return nodes;
        }

        [Benchmark(Description = "parse + check 8 typical expressions", OperationsPerInvoke = 8)]
        public int Validate()
        {
            int errors = 0;
            foreach (string expression in Expressions)
            {
                errors += CqlValidator.Validate(expression).Errors.Count;
            }

            return errors;
        }
    }
}
