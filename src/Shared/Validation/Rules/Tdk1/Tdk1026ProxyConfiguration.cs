using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1026: <c>proxyConfiguration</c> names a container of the task, has type APPMESH, runs under awsvpc, not on
    /// Windows, and its <c>properties</c> list the documented keys (warning).</summary>
    /// <remarks>ECS API ProxyConfiguration (containerName required; "The only supported value is APPMESH"; properties
    /// IgnoredUID/IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts, EgressIgnoredIPs documented
    /// as required, AWS enforcement unconfirmed); CDK requires awsvpc; the developer guide lists it as Linux-only.</remarks>
    [Rule("TDK1026", "ProxyConfiguration", RuleSeverity.Error, "Invalid App Mesh proxy configuration")]
    // Containers added later could provide the proxy container: only for a whole definition.
    [BuilderInputs("/containerDefinitions/#", "/containerDefinitions/*/name", "/requiresCompatibilities", "/networkMode", "/runtimePlatform", "/proxyConfiguration", WholeDefinition = true)]
    internal sealed class Tdk1026ProxyConfiguration : TaskDefinitionRule
    {
        private const string Root = "/proxyConfiguration";

        private static readonly string[] RequiredProperties =
        {
            "AppPorts", "ProxyIngressPort", "ProxyEgressPort", "EgressIgnoredPorts", "EgressIgnoredIPs",
        };

        public override string Id => RuleIds.ProxyConfiguration;

        public override void Check(ValidationContext context)
        {
            ProxyConfiguration? proxy = context.Definition.ProxyConfiguration;
            if (proxy is null)
            {
                return;
            }

            string? name = proxy.ContainerName;
            if (name is null || name.Length == 0)
            {
                context.Report(Id, Root + "/containerName", MemberName.Mark("proxyConfiguration") + " has no " + MemberName.Mark("containerName") + ": name the container that runs the App Mesh proxy (Envoy).");
            }
            else if (!HasContainer(context, name))
            {
                context.Report(
                    Id,
                    Root + "/containerName",
                    MemberName.Mark("proxyConfiguration") + "." + MemberName.Mark("containerName") + " '" + name + "' is not a container of this task: use the name of the Envoy proxy container.");
            }

            if (proxy.Type.HasValue && proxy.Type.Value != ProxyConfigurationType.AppMesh)
            {
                context.Report(Id, Root + "/type", "Proxy type '" + proxy.Type.Value.Value + "' is not supported: the only type is \"APPMESH\".");
            }

            if (context.IsWindows)
            {
                context.Report(Id, Root, "App Mesh proxy configuration is not supported for Windows containers: remove " + MemberName.Mark("proxyConfiguration") + ".");
            }
            else if (!context.IsAwsVpc)
            {
                string mode = context.EffectiveNetworkMode?.Value ?? "default";
                context.Report(
                    Id,
                    "/networkMode",
                    MemberName.Mark("proxyConfiguration") + " needs network mode awsvpc, but the task uses '" + mode + "'" + (context.NetworkModeIsExplicit ? string.Empty : " (the default)") +
                    ": set \"" + MemberName.Mark("networkMode") + "\": \"awsvpc\".");
            }

            CheckProperties(context, proxy.Properties);
        }

        private void CheckProperties(ValidationContext context, List<NameValuePair>? properties)
        {
            bool ignored = Has(properties, "IgnoredUID") || Has(properties, "IgnoredGID");
            bool complete = ignored;
            foreach (string required in RequiredProperties)
            {
                complete &= Has(properties, required);
            }

            if (complete)
            {
                return;
            }

            var missing = new List<string>();
            if (!ignored)
            {
                missing.Add("IgnoredUID or IgnoredGID");
            }

            foreach (string required in RequiredProperties)
            {
                if (!Has(properties, required))
                {
                    missing.Add(required);
                }
            }

            context.Report(
                Id,
                Root + "/properties",
                MemberName.Mark("proxyConfiguration") + "." + MemberName.Mark("properties") + " lacks " + string.Join(", ", missing.ToArray()) +
                ", which AWS documents as required for the App Mesh proxy: add them (EgressIgnoredPorts and EgressIgnoredIPs may be empty).",
                RuleSeverity.Warning);
        }

        private static bool HasContainer(ValidationContext context, string name)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                if (string.Equals(context.Containers[i].Name, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Has(List<NameValuePair>? properties, string name)
        {
            if (properties is null)
            {
                return false;
            }

            foreach (NameValuePair property in properties)
            {
                if (string.Equals(property.Name, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
