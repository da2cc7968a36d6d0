using System.Text.RegularExpressions;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>The control IDs a rule may carry, which tool each belongs to, and where it is documented.</summary>
    internal static class Controls
    {
        public const string KnownForms = "ECS.n, ECR.n (AWS Security Hub), CKV_AWS_n, CKV2_AWS_n (Checkov), AVD-AWS-nnnn (Trivy), KICS:<query id>, CT.<SERVICE>.PR.n (AWS Control Tower)";

        private static readonly Regex SecurityHub = new Regex(@"^(ECS|ECR)\.(\d+)$", RegexOptions.CultureInvariant);
        private static readonly Regex Checkov = new Regex(@"^CKV2?_AWS_\d+$", RegexOptions.CultureInvariant);
        private static readonly Regex Trivy = new Regex(@"^AVD-AWS-\d{4}$", RegexOptions.CultureInvariant);
        private static readonly Regex Kics = new Regex(@"^KICS:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.CultureInvariant);
        private static readonly Regex ControlTower = new Regex(@"^CT\.([A-Z0-9]+)\.PR\.\d+$", RegexOptions.CultureInvariant);

        public static bool IsKnown(string control) => Tool(control) != null;

        public static bool IsSecurityHub(string control) => SecurityHub.IsMatch(control);

        /// <summary>The tool's name for docs, or null for an unknown form.</summary>
        public static string? Tool(string control) =>
            SecurityHub.IsMatch(control) ? "AWS Security Hub"
            : Checkov.IsMatch(control) ? "Checkov"
            : Trivy.IsMatch(control) ? "Trivy"
            : Kics.IsMatch(control) ? "KICS"
            : ControlTower.IsMatch(control) ? "AWS Control Tower"
            : null;

        /// <summary>The control's documentation, where its tool has a stable page per control; null otherwise.</summary>
        public static string? Link(string control)
        {
            Match hub = SecurityHub.Match(control);
            if (hub.Success)
            {
                string service = hub.Groups[1].Value.ToLowerInvariant();
                return "https://docs.aws.amazon.com/securityhub/latest/userguide/" + service + "-controls.html#" + service + "-" + hub.Groups[2].Value;
            }

            Match tower = ControlTower.Match(control);
            if (tower.Success)
            {
                return "https://docs.aws.amazon.com/controltower/latest/controlreference/" + tower.Groups[1].Value.ToLowerInvariant() + "-rules.html";
            }

            return Trivy.IsMatch(control) ? "https://avd.aquasec.com/misconfig/" + control.ToLowerInvariant() : null;
        }
    }
}
