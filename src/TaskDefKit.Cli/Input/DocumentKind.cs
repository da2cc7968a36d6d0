namespace TaskDefKit.Cli.Input
{
    /// <summary>What a file holds, decided from its extension and its first top-level members.</summary>
    internal enum DocumentKind
    {
        /// <summary>Register-input or describe-output JSON (also anything JSON that is not one of the others).</summary>
        TaskDefinitionJson,

        /// <summary>A JSON array of container definitions (Terraform <c>container_definitions</c>).</summary>
        ContainerDefinitionsJson,

        /// <summary>A CloudFormation template in JSON.</summary>
        CloudFormationJson,

        /// <summary>YAML: a CloudFormation template, or not for us.</summary>
        Yaml,

        /// <summary>A placement document (<c>placementStrategy</c>/<c>placementConstraints</c> and no service or RunTask member).</summary>
        PlacementJson,

        /// <summary>Terraform HCL native syntax (a .tf file).</summary>
        TerraformHcl,

        /// <summary>A Terraform plan in JSON (<c>terraform show -json plan.out</c>).</summary>
        TerraformPlanJson,

        /// <summary>Another API input or output recognised by its own kind (a service, RunTask or cluster input, describe output …).</summary>
        ApiInput,
    }
}
