using System;
using System.Collections.Generic;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Cli.Import.Ecs
{
    /// <summary>A RunTask input as <c>RunTaskBuilder</c> code (overrides and placement through <c>.Configure</c>).</summary>
    internal static class RunTaskCodeWriter
    {
        private static readonly Dictionary<string, Func<EcsChainWriter, RunTask, bool>> s_handlers = new Dictionary<string, Func<EcsChainWriter, RunTask, bool>>(StringComparer.Ordinal)
        {
            ["cluster"] = (w, r) => w.Wrote("Cluster(" + CSharpValues.String(r.Cluster) + ")"),
            ["taskDefinition"] = (w, r) => w.Wrote("TaskDefinition(" + CSharpValues.String(r.TaskDefinition) + ")"),
            ["count"] = (w, r) => w.Wrote("Count(" + EcsIdioms.Int(r.Count!.Value) + ")"),
            ["launchType"] = (w, r) => w.Wrote(EcsIdioms.Launch(r.LaunchType!.Value)),
            ["capacityProviderStrategy"] = (w, r) => EcsIdioms.Capacity(r.CapacityProviderStrategy) is string strategy && w.Wrote("CapacityProviders(" + strategy + ")"),
            ["platformVersion"] = (w, r) => w.Wrote("PlatformVersion(" + CSharpValues.String(r.PlatformVersion) + ")"),
            ["networkConfiguration"] = (w, r) => EcsIdioms.Network(r.NetworkConfiguration) is string network && w.Wrote(network),
            ["group"] = (w, r) => w.Wrote("Group(" + CSharpValues.String(r.Group) + ")"),
            ["startedBy"] = (w, r) => w.Wrote("StartedBy(" + CSharpValues.String(r.StartedBy) + ")"),
            ["referenceId"] = (w, r) => w.Wrote("ReferenceId(" + CSharpValues.String(r.ReferenceId) + ")"),
            ["tags"] = (w, r) => EcsIdioms.Tags(w, r.Tags),
            ["propagateTags"] = (w, r) => w.Wrote("PropagateTags(" + CSharpValues.Enum(r.PropagateTags!.Value) + ")"),
            ["enableECSManagedTags"] = (w, r) => w.Wrote(EcsIdioms.Flag("EnableEcsManagedTags", r.EnableEcsManagedTags!.Value)),
            ["enableExecuteCommand"] = (w, r) => w.Wrote(EcsIdioms.Flag("EnableExecuteCommand", r.EnableExecuteCommand!.Value)),
            ["clientToken"] = (w, r) => w.Wrote("ClientToken(" + CSharpValues.String(r.ClientToken) + ")"),
        };

        /// <summary>The expression from <c>RunTaskBuilder.Create()</c> to <c>.Build()</c>.</summary>
        public static string Expression(RunTask runTask) =>
            "RunTaskBuilder.Create()" + new EcsChainWriter(RunTask.Schema, runTask, "r").Write(EcsChainWriter.Bind(s_handlers, runTask)) + EcsChainWriter.Line("Build()");
    }
}
