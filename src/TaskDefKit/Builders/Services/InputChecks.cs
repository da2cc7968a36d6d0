using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>The validators the RunTask and cluster builders run — one place to name them.</summary>
    internal static class InputChecks
    {
        // No RunTask or cluster rules exist in the catalog yet (issue 11 item 4 adds them); until then these inputs
        // have no findings of their own, and their task definition's findings are on the result.
        public static IReadOnlyList<RuleDiagnostic> RunTask(RunTask runTask, TaskDefinition? taskDefinition, ValidationOptions? options) =>
            Array.Empty<RuleDiagnostic>();

        public static IReadOnlyList<RuleDiagnostic> Cluster(ClusterDefinition cluster, ValidationOptions? options) =>
            Array.Empty<RuleDiagnostic>();
    }
}
