namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>JSON pointers into a lifecycle policy text and the shared wording of its findings.</summary>
    internal static class LifecyclePointers
    {
        public static string Rule(int index) => "/rules/" + index;

        public static string Member(int index, string member) => Rule(index) + "/" + member;

        public static string Selection(int index, string member) => Rule(index) + "/selection/" + member;

        public static string Action(int index, string member) => Rule(index) + "/action/" + member;

        /// <summary>"Lifecycle rule 2 (rulePriority 10)" — how a message names a rule.</summary>
        public static string Label(TaskDefKit.Ecr.LifecyclePolicyRule rule, int index) =>
            "Lifecycle rule " + index + (rule.RulePriority is long p ? " (rulePriority " + p + ")" : string.Empty);
    }
}
