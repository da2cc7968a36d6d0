using System.Text;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Reads and writes the JSON that <c>aws ecs create-service</c>, <c>update-service</c>, <c>run-task</c> and
    /// <c>create-cluster</c> take with <c>--cli-input-json</c>: camelCase, nulls left out, members in the ECS API
    /// model's order, deterministic, <c>\n</c> newlines. Reading never throws for bad input.
    /// </summary>
    public static class ServiceJson
    {
        public static string Serialize(ServiceDefinition service, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(service, nameof(service)), ServiceDefinition.Schema, indented);

        public static string Serialize(ServiceUpdate update, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(update, nameof(update)), ServiceUpdate.Schema, indented);

        public static string Serialize(RunTask runTask, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(runTask, nameof(runTask)), RunTask.Schema, indented);

        public static string Serialize(ClusterDefinition cluster, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(cluster, nameof(cluster)), ClusterDefinition.Schema, indented);

        public static EcsInputDocument<ServiceDefinition> ParseService(string json, string? file = null) =>
            EcsInputReader.Read<ServiceDefinition>(Utf8(json), file, ServiceDefinition.Schema, "a create-service input");

        public static EcsInputDocument<ServiceUpdate> ParseServiceUpdate(string json, string? file = null) =>
            EcsInputReader.Read<ServiceUpdate>(Utf8(json), file, ServiceUpdate.Schema, "an update-service input");

        public static EcsInputDocument<RunTask> ParseRunTask(string json, string? file = null) =>
            EcsInputReader.Read<RunTask>(Utf8(json), file, RunTask.Schema, "a run-task input");

        public static EcsInputDocument<ClusterDefinition> ParseCluster(string json, string? file = null) =>
            EcsInputReader.Read<ClusterDefinition>(Utf8(json), file, ClusterDefinition.Schema, "a create-cluster input");

        /// <summary>
        /// Reads <c>aws ecs describe-services</c> output: each service as the create-service input that would make it
        /// again. Read-only members (<c>serviceArn</c>, <c>deployments</c>, <c>events</c> …) are reported as warnings and
        /// dropped; <c>clusterArn</c> and <c>roleArn</c> are read as <c>cluster</c> and <c>role</c>. Never throws for bad input.
        /// </summary>
        public static EcsDescribeDocument<ServiceDefinition> ParseDescribeServices(byte[] utf8, string? file = null) =>
            EcsInputReader.ReadDescribe<ServiceDefinition>(Guard.NotNull(utf8, nameof(utf8)), file, DescribeOutputShape.Services);

        /// <summary>Reads <c>aws ecs describe-clusters</c> output: each cluster as a create-cluster input. Never throws for bad input.</summary>
        public static EcsDescribeDocument<ClusterDefinition> ParseDescribeClusters(byte[] utf8, string? file = null) =>
            EcsInputReader.ReadDescribe<ClusterDefinition>(Guard.NotNull(utf8, nameof(utf8)), file, DescribeOutputShape.Clusters);

        public static EcsInputDocument<ServiceDefinition> ParseService(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<ServiceDefinition>(Guard.NotNull(utf8, nameof(utf8)), file, ServiceDefinition.Schema, "a create-service input");

        public static EcsInputDocument<ServiceUpdate> ParseServiceUpdate(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<ServiceUpdate>(Guard.NotNull(utf8, nameof(utf8)), file, ServiceUpdate.Schema, "an update-service input");

        public static EcsInputDocument<RunTask> ParseRunTask(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<RunTask>(Guard.NotNull(utf8, nameof(utf8)), file, RunTask.Schema, "a run-task input");

        public static EcsInputDocument<ClusterDefinition> ParseCluster(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<ClusterDefinition>(Guard.NotNull(utf8, nameof(utf8)), file, ClusterDefinition.Schema, "a create-cluster input");

        private static byte[] Utf8(string json) => new UTF8Encoding(false).GetBytes(Guard.NotNull(json, nameof(json)));
    }
}
