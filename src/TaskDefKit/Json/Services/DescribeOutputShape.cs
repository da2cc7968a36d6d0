using System;
using System.Collections.Generic;
using TaskDefKit.Model.Schema;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Json
{
    /// <summary>
    /// How one describe operation's output maps onto the input it describes (from the ECS API model: the output shape's
    /// members that the input shape lacks are read-only; two are the input's member under another name).
    /// </summary>
    internal sealed class DescribeOutputShape
    {
        private DescribeOutputShape(string operation, string inputOperation, string listMember, string itemName, ClassSchema schema, Dictionary<string, string> outputNames, HashSet<string> readOnly)
        {
            Operation = operation;
            InputOperation = inputOperation;
            ListMember = listMember;
            ItemName = itemName;
            Schema = schema;
            OutputNames = outputNames;
            ReadOnly = readOnly;
            InputNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> pair in outputNames)
            {
                InputNames[pair.Value] = pair.Key;
            }
        }

        /// <summary>ECS API model: DescribeServicesResponse.services, Service shape vs CreateServiceRequest.</summary>
        public static DescribeOutputShape Services { get; } = new DescribeOutputShape(
            "describe-services",
            "create-service",
            "services",
            "Service",
            ServiceDefinition.Schema,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["clusterArn"] = "cluster", ["roleArn"] = "role" },
            new HashSet<string>(StringComparer.Ordinal)
            {
                "serviceArn", "status", "runningCount", "pendingCount", "platformFamily", "taskSets", "deployments", "events", "createdAt",
                "currentServiceDeployment", "currentServiceRevisions", "createdBy", "resourceManagementType",
            });

        /// <summary>ECS API model: DescribeClustersResponse.clusters, Cluster shape vs CreateClusterRequest.</summary>
        public static DescribeOutputShape Clusters { get; } = new DescribeOutputShape(
            "describe-clusters",
            "create-cluster",
            "clusters",
            "Cluster",
            ClusterDefinition.Schema,
            new Dictionary<string, string>(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal)
            {
                "clusterArn", "status", "registeredContainerInstancesCount", "runningTasksCount", "pendingTasksCount", "activeServicesCount",
                "statistics", "attachments", "attachmentsStatus",
            });

        /// <summary>The operation whose output this is, as the AWS CLI names it.</summary>
        public string Operation { get; }

        /// <summary>The operation whose input each item becomes.</summary>
        public string InputOperation { get; }

        /// <summary>The top-level array member (<c>services</c>).</summary>
        public string ListMember { get; }

        /// <summary>The API shape of an item (<c>Service</c>).</summary>
        public string ItemName { get; }

        public ClassSchema Schema { get; }

        /// <summary>Output name → input name (<c>clusterArn</c> → <c>cluster</c>).</summary>
        public Dictionary<string, string> OutputNames { get; }

        /// <summary>Input name → output name.</summary>
        public Dictionary<string, string> InputNames { get; }

        /// <summary>Members only the output has.</summary>
        public HashSet<string> ReadOnly { get; }
    }
}
