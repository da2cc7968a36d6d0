using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2037: <c>extraHosts[]</c> need <c>hostname</c> and <c>ipAddress</c>; <c>dnsSearchDomains[]</c> entries match
    /// <c>^[a-zA-Z0-9-.]{0,253}[a-zA-Z0-9]$</c>.
    /// </summary>
    /// <remarks>ECS API HostEntry (both members required); developer guide (2023), dnsSearchDomains pattern.</remarks>
    [Rule("TDK2037", "ExtraHostsAndDnsSearchDomains", RuleSeverity.Error, "Invalid extraHosts or dnsSearchDomains entry")]
    internal sealed class Tdk2037ExtraHostsAndDnsSearchDomains : TaskDefinitionRule
    {
        public override string Id => RuleIds.ExtraHostsAndDnsSearchDomains;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                string Who() => "Container " + Tdk2Helpers.Describe(container, i);
                List<HostEntry>? hosts = container.ExtraHosts;
                if (hosts != null)
                {
                    for (int k = 0; k < hosts.Count; k++)
                    {
                        string Entry() => JsonPointer.Index(JsonPointer.Container(i, "extraHosts"), k);
                        if (string.IsNullOrEmpty(hosts[k].Hostname))
                        {
                            context.Report(Id, JsonPointer.Member(Entry(), "hostname"), Who() + " has an " + MemberName.Mark("extraHosts") + " entry without " + MemberName.Mark("hostname") + ": set it.");
                        }

                        if (string.IsNullOrEmpty(hosts[k].IpAddress))
                        {
                            context.Report(Id, JsonPointer.Member(Entry(), "ipAddress"), Who() + " has an " + MemberName.Mark("extraHosts") + " entry without " + MemberName.Mark("ipAddress") + ": set it.");
                        }
                    }
                }

                List<string>? domains = container.DnsSearchDomains;
                if (domains != null)
                {
                    for (int k = 0; k < domains.Count; k++)
                    {
                        string domain = domains[k] ?? string.Empty;
                        if (!IsValidDomain(domain))
                        {
                            context.Report(
                                Id,
                                JsonPointer.Index(JsonPointer.Container(i, "dnsSearchDomains"), k),
                                Who() + " has the DNS search domain '" + domain + "': use at most 254 letters, digits, '-' and '.', ending in a letter or digit.");
                        }
                    }
                }
            }
        }

        // ^[a-zA-Z0-9-.]{0,253}[a-zA-Z0-9]$
        private static bool IsValidDomain(string domain)
        {
            if (domain.Length == 0 || domain.Length > 254)
            {
                return false;
            }

            for (int i = 0; i < domain.Length; i++)
            {
                char c = domain[i];
                bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (!alnum && (i == domain.Length - 1 || (c != '-' && c != '.')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
