using System.Collections.Generic;
using System.Linq;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>TDK5xxx: the task definition's placement constraints (strategies and service rules are not attributes).</summary>
    public partial class CatalogRuleTests
    {
        private const string LinuxOnly = "attribute:ecs.os-type == linux";

        private static string Constraints(int count) =>
            string.Concat(Enumerable.Range(0, count).Select(i => "[PlacementConstraint(\"attribute:zone" + i + " == a\")] "));

        private static string LongExpression(int length) => "attribute:ecs.instance-type in [" + new string('a', length - 33) + "]";

        private static IEnumerable<Case> Tdk5Cases() => new Case[]
        {
            new("TDK5008", Error,
                Ec2(classAttributes: "[PlacementConstraint(\" \")]"), "\" \"",
                Ec2(classAttributes: "[PlacementConstraint(\"" + LinuxOnly + "\")]")),
            new("TDK5009", Error,
                Ec2(classAttributes: "[PlacementConstraint(\"" + LongExpression(2001) + "\")]"), "\"" + LongExpression(2001) + "\"",
                Ec2(classAttributes: "[PlacementConstraint(\"" + LongExpression(2000) + "\")]")),

            // The eleventh constraint is the one too many.
            new("TDK5010", Error,
                Ec2(classAttributes: Constraints(11)), "PlacementConstraint(\"attribute:zone10 == a\")",
                Ec2(classAttributes: Constraints(10))),
            new("TDK5011", Error,
                Ec2(classAttributes: "[PlacementConstraint(\"" + LinuxOnly + "\", Type = \"distinctInstance\")]"), "\"distinctInstance\"",
                Ec2(classAttributes: "[PlacementConstraint(\"" + LinuxOnly + "\", Type = \"memberOf\")]")),

            // Fargate takes no placement constraints: the finding is on the first one.
            new("TDK5012", Error,
                Fargate(classAttributes: "[PlacementConstraint(\"" + LinuxOnly + "\")]"), "PlacementConstraint(\"" + LinuxOnly + "\")",
                Ec2(classAttributes: "[PlacementConstraint(\"" + LinuxOnly + "\")]")),
            new("TDK5014", Error,
                Ec2(classAttributes: "[PlacementConstraint(\"(attribute:ecs.os-type == linux\")]"), "\"(attribute:ecs.os-type == linux\"",
                Ec2(classAttributes: "[PlacementConstraint(\"(attribute:ecs.os-type == linux)\")]")),
            new("TDK5015", Error,
                Ec2(classAttributes: "[PlacementConstraint(\"agentConnected > true\")]"), "\"agentConnected > true\"",
                Ec2(classAttributes: "[PlacementConstraint(\"agentConnected == true\")]")),
            new("TDK5016", Error,
                Ec2(classAttributes: "[PlacementConstraint(\"runningTasksCount == many\")]"), "\"runningTasksCount == many\"",
                Ec2(classAttributes: "[PlacementConstraint(\"runningTasksCount == 2\")]")),
            new("TDK5017", Warning,
                Ec2(classAttributes: "[PlacementConstraint(\"attribute:ecs.instancetype == t2.small\")]"), "\"attribute:ecs.instancetype == t2.small\"",
                Ec2(classAttributes: "[PlacementConstraint(\"attribute:ecs.instance-type == t2.small\")]")),
        };
    }
}
