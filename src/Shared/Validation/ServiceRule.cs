namespace TaskDefKit.Validation
{
    /// <summary>
    /// Base class of the TDK7xxx rules: they judge a CreateService input (<see cref="ServiceValidator"/>), a RunTask
    /// input (<see cref="RunTaskValidator"/>) or a CreateCluster input (<see cref="ClusterValidator"/>). A rule overrides
    /// the checks for the inputs it applies to; the others do nothing.
    /// </summary>
    public abstract class ServiceRule
    {
        /// <summary>The rule ID, a constant of <see cref="TaskDefKit.Rules.RuleIds"/>.</summary>
        public abstract string Id { get; }

        /// <summary>Inspects the service in <paramref name="context"/> and reports findings through it.</summary>
        public virtual void Check(ServiceValidationContext context)
        {
        }

        /// <summary>Inspects the RunTask input in <paramref name="context"/> and reports findings through it.</summary>
        public virtual void CheckRunTask(RunTaskValidationContext context)
        {
        }

        /// <summary>Inspects the CreateCluster input in <paramref name="context"/> and reports findings through it.</summary>
        public virtual void CheckCluster(ClusterValidationContext context)
        {
        }
    }
}
