namespace TaskDefKit.Rules
{
    /// <summary>The catalog's rule groups; the first digit of an ID names its group.</summary>
    public enum RuleGroup
    {
        /// <summary>TDK0xxx: reading the input.</summary>
        Input,

        /// <summary>TDK1xxx: task definition level.</summary>
        TaskDefinition,

        /// <summary>TDK2xxx: container definition.</summary>
        Container,

        /// <summary>TDK3xxx: volumes and storage.</summary>
        Storage,

        /// <summary>TDK4xxx: networking and ports.</summary>
        Networking,

        /// <summary>TDK5xxx: placement strategies, constraints and the Cluster Query Language.</summary>
        Placement,

        /// <summary>TDK6xxx: logging, secrets, IAM and security.</summary>
        Security,

        /// <summary>TDK7xxx: service, deployment and RunTask.</summary>
        Service,

        /// <summary>TDK8xxx: the source generator's own checks of attributed task definition classes.</summary>
        Generator,

        /// <summary>TDK9xxx: what surrounds a service, in blocks of a hundred: scheduled tasks (EventBridge and Scheduler),
        /// service auto scaling, ECR repositories and lifecycle policies, IAM and organisation policies.</summary>
        Deployment,
    }
}
