using System;
using System.Collections.Generic;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Cli.Import.Ecs
{
    /// <summary>A create-cluster input as <c>ClusterBuilder</c> code (<c>.ContainerInsights()</c>, <c>.CapacityProviders</c>, <c>.DefaultCapacityProviderStrategy(CapacityStrategy…)</c> …).</summary>
    internal static class ClusterCodeWriter
    {
        private static readonly Dictionary<string, Func<EcsChainWriter, ClusterDefinition, bool>> s_handlers = new Dictionary<string, Func<EcsChainWriter, ClusterDefinition, bool>>(StringComparer.Ordinal)
        {
            ["tags"] = (w, c) => EcsIdioms.Tags(w, c.Tags),
            ["settings"] = (w, c) => Settings(w, c.Settings!),
            ["capacityProviders"] = (w, c) => c.CapacityProviders!.Count > 0 && !c.CapacityProviders.Contains(null!) && Distinct(c.CapacityProviders) &&
                w.Wrote("CapacityProviders(" + EcsChainWriter.Strings(c.CapacityProviders) + ")"),
            ["defaultCapacityProviderStrategy"] = (w, c) => EcsIdioms.Capacity(c.DefaultCapacityProviderStrategy) is string strategy && w.Wrote("DefaultCapacityProviderStrategy(" + strategy + ")"),
            ["serviceConnectDefaults"] = (w, c) => c.ServiceConnectDefaults is { Namespace: not null, AdditionalMembers: null } &&
                w.Wrote("ServiceConnectDefaults(" + CSharpValues.String(c.ServiceConnectDefaults.Namespace) + ")"),
        };

        /// <summary>The expression from <c>ClusterBuilder.Create(…)</c> to <c>.Build()</c>.</summary>
        public static string Expression(ClusterDefinition cluster)
        {
            string chain = new EcsChainWriter(ClusterDefinition.Schema, cluster, "c").Write(EcsChainWriter.Bind(s_handlers, cluster), new HashSet<string>(StringComparer.Ordinal) { "clusterName" });
            if (cluster.ClusterName is null)
            {
                chain += EcsChainWriter.Line("Configure(c => c.ClusterName = null)");
            }

            return "ClusterBuilder.Create(" + CSharpValues.String(cluster.ClusterName ?? string.Empty) + ")" + chain + EcsChainWriter.Line("Build()");
        }

        /// <summary><c>.ContainerInsights(…)</c> or <c>.Setting(…)</c> per setting; each name once (a second would replace the first).</summary>
        private static bool Settings(EcsChainWriter writer, List<ClusterSetting> settings)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            if (!settings.TrueForAll(s => s is { Name: ClusterSettingName name, Value: not null, AdditionalMembers: null } && names.Add(name.Value)))
            {
                return false;
            }

            foreach (ClusterSetting setting in settings)
            {
                bool insights = setting.Name == ClusterSettingName.ContainerInsights;
                writer.Call(insights && setting.Value == "enabled" ? "ContainerInsights()"
                    : insights && setting.Value == "disabled" ? "ContainerInsights(false)"
                    : insights && setting.Value == "enhanced" ? "ContainerInsights(enhanced: true)"
                    : "Setting(" + CSharpValues.Enum(setting.Name!.Value) + ", " + CSharpValues.String(setting.Value) + ")");
            }

            return true;
        }

        private static bool Distinct(List<string> values) => new HashSet<string>(values, StringComparer.Ordinal).Count == values.Count;
    }
}
