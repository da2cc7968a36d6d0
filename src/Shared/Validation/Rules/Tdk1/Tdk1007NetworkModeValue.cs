using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1007: <c>networkMode</c>, when present, is bridge, host, awsvpc or none.</summary>
    /// <remarks>ECS API model shape NetworkMode. The Windows "default" (NAT) mode is chosen by omitting the member; the
    /// string "default" is not part of the API enum.</remarks>
    [Rule("TDK1007", "NetworkModeValue", RuleSeverity.Error, "Unknown network mode")]
    internal sealed class Tdk1007NetworkModeValue : TaskDefinitionRule
    {
        private const string Pointer = "/networkMode";

        public override string Id => RuleIds.NetworkModeValue;

        public override void Check(ValidationContext context)
        {
            NetworkMode? mode = context.Definition.NetworkMode;
            if (mode is null || mode.Value.IsKnown)
            {
                return;
            }

            string value = mode.Value.Value;
            if (string.Equals(value, "default", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "<default>", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(
                    Id,
                    Pointer,
                    "Network mode '" + value + "' is not an API value: remove " + MemberName.Mark("networkMode") + " to get the default mode (bridge on Linux, NAT on Windows).");
                return;
            }

            string? hint = null;
            foreach (NetworkMode known in NetworkMode.KnownValues)
            {
                if (string.Equals(known.Value, value.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    hint = known.Value;
                }
            }

            context.Report(
                Id,
                Pointer,
                "Network mode '" + value + "' is not valid: " + (hint is null ? "use bridge, host, awsvpc or none" : "write '" + hint + "'") +
                (context.IsFargate && hint is null ? " (Fargate needs awsvpc)." : "."));
        }
    }
}
