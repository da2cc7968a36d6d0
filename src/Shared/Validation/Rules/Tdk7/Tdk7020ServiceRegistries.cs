using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>TDK7020: a service has at most one service registry (<c>serviceRegistries</c>).</summary>
    /// <remarks>Source: CreateService API reference, serviceRegistries: "Each service may be associated with one service registry. Multiple service registries for each service isn't supported."</remarks>
    [Rule("TDK7020", "ServiceRegistries", RuleSeverity.Error, "More than one service registry")]
    [BuilderInputs("/serviceRegistries")]
    internal sealed class Tdk7020ServiceRegistries : ServiceRule
    {
        public override string Id => RuleIds.ServiceRegistries;

        public override void Check(ServiceValidationContext context)
        {
            if (context.Service.ServiceRegistries is { Count: > 1 } registries)
            {
                context.Report(Id, JsonPointer.Index("/serviceRegistries", 1), "A service takes one service registry; " + MemberName.Mark("serviceRegistries") + " lists "
                    + registries.Count + ": keep one (use Service Connect to publish the service more widely).");
            }
        }
    }
}
