using System;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Placement;
using TaskDefKit.Placement.Cql;
using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Placement
{
    public class CqlTests
    {
        /// <summary>Every example of catalog §6.2 (the AWS "Cluster query language" examples), with its canonical form.</summary>
        public static IEnumerable<object[]> DocumentedExamples() => new[]
        {
            new object[] { "attribute:ecs.instance-type == t2.small", "attribute:ecs.instance-type == t2.small" },
            new object[] { "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]" },
            new object[] { "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d", "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d" },
            new object[] { "task:group == service:production", "task:group == service:production" },
            new object[] { "not(task:group == database)", "not (task:group == database)" },
            new object[] { "runningTasksCount == 1", "runningTasksCount == 1" },
            new object[] { "agentVersion < 1.14.5", "agentVersion < 1.14.5" },
            new object[] { "registeredAt < 2018-02-13", "registeredAt < 2018-02-13" },
            new object[] { "ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']", "ec2InstanceId in [i-abcd1234, i-wxyx7890]" },
            new object[] { "(attribute:ecs.instance-type == t2.small or attribute:ecs.instance-type == t2.micro) and runningTasksCount == 0", "(attribute:ecs.instance-type == t2.small or attribute:ecs.instance-type == t2.micro) and runningTasksCount == 0" },
            // Real inputs from the corpus.
            new object[] { "runningTasksCount==0", "runningTasksCount == 0" },
            new object[] { "task:group!=service:SINATRA-service-group-P1", "task:group != service:SINATRA-service-group-P1" },
            new object[] { "attribute:ecs.instance-type =~ t2.*", "attribute:ecs.instance-type =~ t2.*" },
            new object[] { "task:group == databases", "task:group == databases" },
        };

        [Theory]
        [MemberData(nameof(DocumentedExamples))]
        public void Documented_examples_parse_print_canonically_and_validate_clean(string text, string canonical)
        {
            CqlParseResult result = CqlValidator.Validate(text);
            Assert.True(result.Success, string.Join("; ", result.Errors));
            Assert.Empty(result.Errors);
            Assert.Equal(canonical, CqlPrinter.Print(result.Expression!));
            Assert.Equal(Shape(result.Expression!), Shape(CqlParser.Parse(canonical).Expression!));
            Assert.Equal(canonical, CqlPrinter.Print(CqlParser.Parse(canonical).Expression!));
        }

        [Fact]
        public void Word_and_symbol_forms_mean_the_same()
        {
            string words = "attribute:a equals x && attribute:b not_equals y && runningTasksCount greater_than_equal 1 && runningTasksCount less_than 9 && attribute:c not_exists && attribute:d !in [p] && attribute:e matches 'q.*' && attribute:f not_matches r || !(attribute:g exists)";
            CqlNode tree = CqlParser.Parse(words).Expression!;
            Assert.Equal(
                "(attribute:a == x and attribute:b != y and runningTasksCount >= 1 and runningTasksCount < 9 and attribute:c not_exists and attribute:d not_in [p] and attribute:e =~ q.* and attribute:f !~ r) or not (attribute:g exists)",
                CqlPrinter.Print(tree));
        }

        [Fact]
        public void Positions_are_exact()
        {
            var comparison = (CqlComparison)CqlParser.Parse("  runningTasksCount==0").Expression!;
            Assert.Equal(2, comparison.Start);
            Assert.Equal(20, comparison.Length);
            Assert.Equal(19, comparison.OperatorStart);
            Assert.Equal(21, comparison.Argument!.Start);
            var and = (CqlBinary)CqlParser.Parse("task:group == a and task:group == b").Expression!;
            Assert.Equal(16, and.OperatorStart);
        }

        [Theory]
        [InlineData("(task:group == a", 1, RuleIds.CqlSyntax)]
        [InlineData("task:group == a)", 16, RuleIds.CqlSyntax)]
        [InlineData("((task:group == a) or task:group == b", 1, RuleIds.CqlSyntax)]
        [InlineData("task:group <> a", 12, RuleIds.CqlSyntax)]
        [InlineData("task:group contains a", 12, RuleIds.CqlSyntax)]
        [InlineData("task:group == a and", 20, RuleIds.CqlSyntax)]
        [InlineData("task:group in [a, b", 15, RuleIds.CqlSyntax)]
        [InlineData("task:group == 'a", 15, RuleIds.CqlSyntax)]
        [InlineData("", 1, RuleIds.CqlSyntax)]
        [InlineData("attribute: == x", 11, RuleIds.CqlSyntax)]
        [InlineData("attribute:ecs.availability-zone in us-east-1a", 36, RuleIds.CqlOperator)]
        [InlineData("task:group in", 12, RuleIds.CqlOperator)]
        [InlineData("runningTasksCount exists", 19, RuleIds.CqlOperator)]
        [InlineData("registeredAt < 2018-02-30", 16, RuleIds.CqlArgument)]
        [InlineData("registeredAt < 2018/02/13", 16, RuleIds.CqlArgument)]
        [InlineData("attribute:ecs.instance-type =~ '[t2'", 32, RuleIds.CqlArgument)]
        [InlineData("attribute:ecs.instance-type =~ '(?(x)a|b)'", 32, RuleIds.CqlArgument)]
        public void Malformed_expressions_report_the_rule_and_column(string text, int column, string ruleId)
        {
            CqlParseResult result = CqlValidator.Validate(text);
            CqlError error = Assert.Single(result.Errors, e => e.Severity == RuleSeverity.Error);
            Assert.Equal(ruleId, error.RuleId);
            Assert.Equal(column, error.Column);
        }

        [Fact]
        public void Builder_prints_the_documented_examples()
        {
            Assert.Equal("attribute:ecs.instance-type == t2.small", Cql.Attribute(EcsAttributes.InstanceType).Equal("t2.small").ToString());
            Assert.Equal("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", Cql.Attribute(EcsAttributes.AvailabilityZone).In("us-east-1a", "us-east-1b").ToString());
            Assert.Equal(
                "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d",
                (Cql.Attribute(EcsAttributes.InstanceType).Matches("g2.*") & Cql.Attribute(EcsAttributes.AvailabilityZone).NotEqual("us-east-1d")).ToString());
            Assert.Equal("task:group == service:production", Cql.TaskGroup.Equal("service:production").ToString());
            Assert.Equal("not (task:group == database)", (!Cql.TaskGroup.Equal("database")).ToString());
            Assert.Equal("runningTasksCount == 1", Cql.RunningTasksCount.Equal(1).ToString());
            Assert.Equal("agentVersion < 1.14.5", Cql.AgentVersion.LessThan("1.14.5").ToString());
            Assert.Equal("registeredAt < 2018-02-13", Cql.RegisteredAt.LessThan(new DateTime(2018, 2, 13)).ToString());
            Assert.Equal("ec2InstanceId in [i-abcd1234, i-wxyx7890]", Cql.Ec2InstanceId.In("i-abcd1234", "i-wxyx7890").ToString());
            Assert.Equal("attribute:stack == 'blue green'", Cql.Attribute("stack").Equal("blue green").ToString());
            Assert.Equal("(task:group == a or task:group == b) and runningTasksCount == 0", Cql.TaskGroup.Equal("a").Or(Cql.TaskGroup.Equal("b")).And(Cql.RunningTasksCount.Equal(0)).ToString());
            Assert.Throws<ArgumentException>(() => Cql.Attribute("bad name"));
            Assert.Throws<ArgumentException>(() => Cql.TaskGroup.Equal("it's \"odd\""));
        }

        [Fact]
        public void Random_expressions_print_parse_print_stably()
        {
            var random = new Random(20240611);
            for (int i = 0; i < 3000; i++)
            {
                CqlNode tree = RandomExpression(random, 0);
                string printed = CqlPrinter.Print(tree);
                CqlParseResult reparsed = CqlParser.Parse(printed);
                Assert.True(reparsed.Success, "'" + printed + "' does not parse: " + string.Join("; ", reparsed.Errors));
                Assert.Equal(printed, CqlPrinter.Print(reparsed.Expression!));
                Assert.Equal(Shape(tree), Shape(reparsed.Expression!));
            }
        }

        private static readonly string[] Values = { "t2.small", "us-east-1a", "1.14.5", "0", "service:web", "a b", "it's", "and", "x,y", "(p)", "[q]", "t2.*", "\"q\"", "a&&b", "a||b", "-1", "i-abcd1234" };

        private static readonly (CqlSubjectKind Kind, string? Name)[] Subjects =
        {
            (CqlSubjectKind.AgentConnected, null), (CqlSubjectKind.AgentVersion, null), (CqlSubjectKind.Ec2InstanceId, null), (CqlSubjectKind.RegisteredAt, null),
            (CqlSubjectKind.RunningTasksCount, null), (CqlSubjectKind.TaskGroup, null), (CqlSubjectKind.Attribute, "ecs.instance-type"), (CqlSubjectKind.Attribute, "stack/tier\\x_1"),
        };

        private static CqlNode RandomExpression(Random random, int depth)
        {
            int pick = depth > 4 ? 0 : random.Next(6);
            switch (pick)
            {
                case 1:
                case 2:
                    return new CqlBinary(random.Next(2) == 0 ? CqlBinaryKind.And : CqlBinaryKind.Or, RandomExpression(random, depth + 1), RandomExpression(random, depth + 1));
                case 3:
                    return new CqlNot(RandomExpression(random, depth + 1));
                case 4:
                    return new CqlGroup(RandomExpression(random, depth + 1));
                default:
                    var (kind, name) = Subjects[random.Next(Subjects.Length)];
                    var op = (CqlOperator)random.Next(12);
                    CqlNode? argument = op == CqlOperator.Exists || op == CqlOperator.NotExists ? null
                        : op == CqlOperator.In || op == CqlOperator.NotIn ? new CqlList(Enumerable.Range(0, random.Next(1, 4)).Select(_ => new CqlLiteral(Values[random.Next(Values.Length)])).ToList())
                        : new CqlLiteral(Values[random.Next(Values.Length)]);
                    return new CqlComparison(new CqlSubject(kind, name), op, argument);
            }
        }

        /// <summary>The meaning of a tree without positions or grouping, and with and/or chains flattened.</summary>
        private static string Shape(CqlNode node)
        {
            switch (node)
            {
                case CqlGroup group:
                    return Shape(group.Inner);
                case CqlBinary binary:
                    return binary.Kind + "(" + string.Join(",", Flatten(binary, binary.Kind).Select(Shape)) + ")";
                case CqlNot not:
                    return "Not(" + Shape(not.Operand) + ")";
                case CqlComparison comparison:
                    return comparison.Subject.Text + "|" + comparison.Operator + "|" + (comparison.Argument switch
                    {
                        CqlLiteral literal => "'" + literal.Value + "'",
                        CqlList list => "[" + string.Join(",", list.Items.Select(item => "'" + item.Value + "'")) + "]",
                        _ => "-",
                    });
                default:
                    return node.GetType().Name;
            }
        }

        private static IEnumerable<CqlNode> Flatten(CqlNode node, CqlBinaryKind kind)
        {
            while (node is CqlGroup group)
            {
                node = group.Inner;
            }

            if (node is CqlBinary binary && binary.Kind == kind)
            {
                return Flatten(binary.Left, kind).Concat(Flatten(binary.Right, kind));
            }

            return new[] { node };
        }
    }
}
