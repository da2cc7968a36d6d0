using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2023: <c>ulimits[]</c> entries need a known <c>name</c>, <c>softLimit</c> and <c>hardLimit</c>; softLimit must
    /// not exceed hardLimit; the same name twice is a warning.
    /// </summary>
    /// <remarks>ECS API Ulimit (all three members required) and UlimitName; soft ≤ hard is Linux rlimit semantics.</remarks>
    [Rule("TDK2023", "Ulimits", RuleSeverity.Error, "Invalid ulimit")]
    [BuilderInputs("/containerDefinitions/*/ulimits")]
    internal sealed class Tdk2023Ulimits : TaskDefinitionRule
    {
        public override string Id => RuleIds.Ulimits;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                List<Ulimit>? ulimits = context.Containers[i].Ulimits;
                if (ulimits is null)
                {
                    continue;
                }

                string Who() => "Container " + Tdk2Helpers.Describe(context.Containers[i], i);
                for (int k = 0; k < ulimits.Count; k++)
                {
                    Ulimit ulimit = ulimits[k];
                    string Entry() => JsonPointer.Index(JsonPointer.Container(i, "ulimits"), k);
                    if (!ulimit.Name.HasValue)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "name"), Who() + " has a ulimit without " + MemberName.Mark("name") + ": set one of core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack.");
                    }
                    else if (!ulimit.Name.Value.IsKnown)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "name"), Who() + " sets the ulimit '" + ulimit.Name.Value.Value + "', which ECS does not know: use one of core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack (lower case).");
                    }
                    else
                    {
                        for (int earlier = 0; earlier < k; earlier++)
                        {
                            if (ulimits[earlier].Name == ulimit.Name)
                            {
                                context.Report(Id, JsonPointer.Member(Entry(), "name"), Who() + " sets the ulimit '" + ulimit.Name.Value.Value + "' twice: keep one Entry().", RuleSeverity.Warning);
                                break;
                            }
                        }
                    }

                    if (!ulimit.SoftLimit.HasValue)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "softLimit"), Who() + " has a ulimit without " + MemberName.Mark("softLimit") + ": set it.");
                    }

                    if (!ulimit.HardLimit.HasValue)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "hardLimit"), Who() + " has a ulimit without " + MemberName.Mark("hardLimit") + ": set it.");
                    }

                    if (ulimit.SoftLimit.HasValue && ulimit.HardLimit.HasValue && ulimit.SoftLimit.Value > ulimit.HardLimit.Value)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(Entry(), "softLimit"),
                            Who() + " sets the " + (ulimit.Name?.Value ?? "ulimit") + " " + MemberName.Mark("softLimit") + " " + Tdk2Helpers.Text(ulimit.SoftLimit.Value) + " above its " + MemberName.Mark("hardLimit") + " " +
                            Tdk2Helpers.Text(ulimit.HardLimit.Value) + ": the soft limit cannot exceed the hard limit.");
                    }
                }
            }
        }
    }
}
