using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4012: <c>appProtocol</c> is <c>http</c>, <c>http2</c> or <c>grpc</c> and needs a <c>name</c>; the Service Connect
    /// fields <c>name</c>/<c>appProtocol</c> work only with network mode <c>bridge</c> or <c>awsvpc</c>; a named mapping with
    /// <c>protocol: udp</c> is a warning (Service Connect is TCP only).
    /// </summary>
    /// <remarks>ECS API model, <c>ApplicationProtocol</c> and <c>PortMapping.appProtocol</c> ("This parameter only applies to
    /// Service Connect"); AWS CDK <c>ServiceConnect.validate</c> ("Service connect related port mapping fields 'name' and
    /// 'appProtocol' are not supported for network mode ..."); developer guide (protocol).</remarks>
    [Rule("TDK4012", "AppProtocol", RuleSeverity.Error, "Invalid appProtocol")]
    internal sealed class Tdk4012AppProtocol : TaskDefinitionRule
    {
        public override string Id => RuleIds.AppProtocol;

        public override void Check(ValidationContext context)
        {
            bool modeAllowed = Tdk4Ports.UsesAwsVpc(context) || context.IsBridge;
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.PortMappings is null)
                {
                    continue;
                }

                for (int p = 0; p < container.PortMappings.Count; p++)
                {
                    PortMapping? mapping = container.PortMappings[p];
                    if (mapping is null || (mapping.AppProtocol is null && mapping.Name is null))
                    {
                        continue;
                    }

                    if (mapping.AppProtocol.HasValue)
                    {
                        string value = mapping.AppProtocol.Value.Value;
                        if (!mapping.AppProtocol.Value.IsKnown)
                        {
                            string lower = value.ToLowerInvariant();
                            context.Report(
                                Id,
                                Pointer(c, p, "appProtocol"),
                                value.Length == 0
                                    ? Tdk3Text.Container(container, c) + " has an empty " + MemberName.Mark("appProtocol") + ", which is not a valid value: remove " + MemberName.Mark("appProtocol") + ", or set \"http\", \"http2\" or \"grpc\" for Service Connect."
                                    : Tdk3Text.Container(container, c) + " has " + MemberName.Mark("appProtocol") + " '" + value + "': use \"http\", \"http2\" or \"grpc\""
                                      + (lower == "http" || lower == "http2" || lower == "grpc" ? " (lowercase)." : ", or omit it for plain TCP."));
                        }
                        else if (mapping.Name is null)
                        {
                            // A warning, not the catalog's error: AWS documents appProtocol as applying only to Service
                            // Connect but not that registration rejects it without a name (that check is CDK's).
                            context.Report(
                                Id,
                                Pointer(c, p, "appProtocol"),
                                Tdk3Text.Container(container, c) + " sets " + MemberName.Mark("appProtocol") + " '" + value + "' on an unnamed port mapping, where it has no effect: " + MemberName.Mark("appProtocol") + " only applies to Service Connect, which finds the port by name, so add a '" + MemberName.Mark("name") + "' or remove " + MemberName.Mark("appProtocol") + ".",
                                RuleSeverity.Warning);
                        }
                    }

                    if (!modeAllowed)
                    {
                        context.Report(
                            Id,
                            Pointer(c, p, mapping.Name != null ? "name" : "appProtocol"),
                            Tdk3Text.Container(container, c) + " sets Service Connect fields (" + MemberName.Mark("name") + "/" + MemberName.Mark("appProtocol") + ") under network mode "
                            + (context.EffectiveNetworkMode.HasValue ? "\"" + context.EffectiveNetworkMode.Value.Value + "\"" : "default (Windows NAT)")
                            + ", but Service Connect supports only bridge and awsvpc: change " + MemberName.Mark("networkMode") + " or remove " + MemberName.Mark("name") + " and " + MemberName.Mark("appProtocol") + ".");
                    }

                    if (mapping.Name != null && mapping.Protocol == TransportProtocol.Udp)
                    {
                        context.Report(
                            Id,
                            Pointer(c, p, "protocol"),
                            Tdk3Text.Container(container, c) + " names port mapping '" + mapping.Name + "' for Service Connect but uses protocol udp, and Service Connect proxies TCP only: use tcp, or remove the name if the port is not for Service Connect.",
                            RuleSeverity.Warning);
                    }
                }
            }
        }

        private static string Pointer(int container, int mapping, string member) =>
            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(container, "portMappings"), mapping), member);
    }
}
