using System.Collections.Generic;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>Who reports a rule, which decides the list it is generated into.</summary>
    internal enum RuleHome
    {
        /// <summary>A class deriving TaskDefinitionRule: the validator runs it on the model.</summary>
        TaskDefinitionRule,

        /// <summary>A placement rule only (PlacementRule).</summary>
        PlacementRule,

        /// <summary>A service rule (ServiceRule): ServiceValidator runs it on a CreateService input.</summary>
        ServiceRule,

        /// <summary>An ECR rule (EcrRule): EcrValidator runs it on a repository, its lifecycle policy and the run's task definitions.</summary>
        EcrRule,
        /// <summary>A scheduled-task rule (ScheduledTaskRule): ScheduledTaskValidator runs it on EventBridge/Scheduler inputs.</summary>
        ScheduledTaskRule,

        /// <summary>An auto scaling rule (ScalingRule): ScalingValidator runs it on Application Auto Scaling inputs.</summary>
        ScalingRule,

        /// <summary>Declared on ReaderRules: the JSON reader reports it.</summary>
        Reader,

        /// <summary>Declared on GeneratorRules: the source generator reports it.</summary>
        Generator,

        /// <summary>Declared on ReservedRules: the ID is taken, nothing reports it yet.</summary>
        Reserved,
    }

    /// <summary>One [Rule] attribute as written in the source.</summary>
    /// <param name="Id">The public ID, TDKnnnn.</param>
    /// <param name="Name">The RuleIds constant's name.</param>
    /// <param name="Severity">A RuleSeverity member name.</param>
    /// <param name="Title">The one-line title.</param>
    /// <param name="Group">The RuleGroup member name, from the ID's first digit.</param>
    /// <param name="Home">Who reports the rule.</param>
    /// <param name="ClassName">The fully qualified class the attribute sits on.</param>
    /// <param name="AlsoPlacement">A TaskDefinitionRule that also implements IPlacementRule.</param>
    /// <param name="Where">file(line) of the attribute, for messages.</param>
    /// <param name="Controls">Controls of other tools the rule implements (ECS.4, CKV_AWS_334, ...), as written.</param>
    internal sealed record RuleDeclaration(
        string Id,
        string Name,
        string Severity,
        string Title,
        string Group,
        RuleHome Home,
        string ClassName,
        bool AlsoPlacement,
        string Where,
        IReadOnlyList<string> Controls)
    {
        public bool IsPlacementRule => Home == RuleHome.PlacementRule || AlsoPlacement;

        /// <summary>The least severity under the security profile (see <see cref="Profiles"/>).</summary>
        public string SecuritySeverity => Profiles.SecuritySeverity(this);
    }
}
