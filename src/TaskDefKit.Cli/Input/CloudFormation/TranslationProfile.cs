using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// How one CloudFormation resource type's <c>Properties</c> become its API input: the input's schema (names are
    /// matched by <see cref="TaskDefKit.CloudFormation.CloudFormationNames"/>, the one table the writer uses too), and the
    /// properties only CloudFormation has (left out, not reported as unknown).
    /// </summary>
    internal sealed class TranslationProfile
    {
        internal TranslationProfile(ClassSchema schema, string[] cloudFormationOnly, bool familyDefault)
        {
            Schema = schema;
            CloudFormationOnly = new HashSet<string>(cloudFormationOnly, StringComparer.Ordinal);
            FamilyDefault = familyDefault;
        }

        /// <summary>AWS::ECS::TaskDefinition → RegisterTaskDefinition.</summary>
        public static TranslationProfile TaskDefinition { get; } = new TranslationProfile(
            Model.TaskDefinition.Schema,
            Array.Empty<string>(),
            familyDefault: true);

        /// <summary>AWS::ECS::Service → CreateService (<c>ForceNewDeployment</c> is CloudFormation's own).</summary>
        public static TranslationProfile Service { get; } = new TranslationProfile(
            ServiceDefinition.Schema,
            new[] { "ForceNewDeployment" },
            familyDefault: false);

        /// <summary>AWS::ECS::Cluster → CreateCluster.</summary>
        public static TranslationProfile Cluster { get; } = new TranslationProfile(
            ClusterDefinition.Schema,
            Array.Empty<string>(),
            familyDefault: false);

        public ClassSchema Schema { get; }

        /// <summary>Top-level properties CloudFormation has and the API input does not: left out of the translation.</summary>
        public HashSet<string> CloudFormationOnly { get; }

        /// <summary>True for the task definition: CloudFormation names the family after the stack when it is left out.</summary>
        public bool FamilyDefault { get; }
    }
}
