using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9406: a service's Fargate platform version that the organisation policy does not allow
    /// (<see cref="OrganisationPolicy.AllowedPlatformVersions"/>). A Fargate service without <c>platformVersion</c> runs on
    /// <c>LATEST</c> and is judged so; a service with another launch type (or a capacity provider strategy) is judged only
    /// when it names a version.
    /// </summary>
    /// <remarks>The platform version is chosen by the service or RunTask call, not by the task definition.</remarks>
    [Rule("TDK9406", "PolicyPlatformVersion", RuleSeverity.Error, "Platform version not allowed by the organisation policy")]
    internal sealed class Tdk9406PlatformVersionNotAllowed : ServiceRule
    {
        public override string Id => RuleIds.PolicyPlatformVersion;

        public override void Check(ServiceValidationContext context)
        {
            OrganisationPolicy? policy = context.Options.Policy;
            string? version = context.Service.PlatformVersion;
            if (policy?.AllowedPlatformVersions is null || (version is null && context.Service.LaunchType?.Value != "FARGATE"))
            {
                return;
            }

            string actual = version ?? "LATEST";
            if (PolicyMatching.Contains(policy.AllowedPlatformVersions, actual))
            {
                return;
            }

            context.Report(Id, "/platformVersion",
                (version is null ? MemberName.Mark("platformVersion") + " is not set, so the Fargate service runs on LATEST" : MemberName.Mark("platformVersion") + " is " + actual)
                + ", which the organisation policy does not allow (" + policy.Where("allowedPlatformVersions") + ": " + PolicyMatching.Show(policy.AllowedPlatformVersions)
                + "): set \"" + MemberName.Mark("platformVersion") + "\" to an allowed version.");
        }
    }
}
