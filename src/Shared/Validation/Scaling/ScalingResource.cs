using System;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Validation
{
    /// <summary>The ECS service resource of Application Auto Scaling: <c>service/&lt;cluster&gt;/&lt;service&gt;</c>.</summary>
    internal static class ScalingResource
    {
        public const string DesiredCount = "ecs:service:DesiredCount";

        public static bool LooksEcs(ServiceNamespace? ns, string? resourceId, ScalableDimension? dimension) =>
            ns?.Value == "ecs"
            || (dimension?.Value ?? string.Empty).StartsWith("ecs:", StringComparison.Ordinal)
            || (resourceId ?? string.Empty).StartsWith("service/", StringComparison.Ordinal);

        /// <summary>True when <paramref name="resourceId"/> is service/cluster/service with two non-empty names.</summary>
        public static bool IsServiceResourceId(string resourceId)
        {
            string[] parts = resourceId.Split('/');
            return parts.Length == 3 && parts[0] == "service" && parts[1].Length > 0 && parts[2].Length > 0;
        }

        /// <summary>True when the resource id names this service (and its cluster, when the service names one; default "default").</summary>
        public static bool Scales(string? resourceId, ServiceDefinition service)
        {
            if (resourceId is null || !IsServiceResourceId(resourceId) || service.ServiceName is null)
            {
                return false;
            }

            string[] parts = resourceId.Split('/');
            string cluster = ClusterName(service.Cluster) ?? "default";
            return parts[2] == service.ServiceName && parts[1] == cluster;
        }

        /// <summary>The cluster's name from a name or an ARN (arn:aws:ecs:region:account:cluster/name).</summary>
        private static string? ClusterName(string? cluster)
        {
            if (cluster is null)
            {
                return null;
            }

            int slash = cluster.LastIndexOf('/');
            return cluster.StartsWith("arn:", StringComparison.Ordinal) && slash >= 0 ? cluster.Substring(slash + 1) : cluster;
        }
    }
}
