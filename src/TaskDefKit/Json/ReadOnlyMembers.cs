using System;
using System.Collections.Generic;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Members that <c>describe-task-definition</c> returns but <c>register-task-definition</c> rejects (TDK1029).
    /// The reader reports and drops them, so what it emits can be registered again.
    /// </summary>
    public static class ReadOnlyMembers
    {
        /// <summary>True when <paramref name="name"/> is a top-level member that only describe output carries.</summary>
        public static bool IsReadOnly(string name) => TaskDefinition.Contains(name);

        internal static readonly HashSet<string> TaskDefinition = new HashSet<string>(StringComparer.Ordinal)
        {
            "taskDefinitionArn",
            "revision",
            "status",
            "requiresAttributes",
            "compatibilities",
            "registeredAt",
            "registeredBy",
            "deregisteredAt",
            "deleteRequestedAt",
        };
    }
}
