using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// How one CloudFormation resource type's <c>Properties</c> become its API input: the input's schema (PascalCase
    /// names match its camelCase names case-insensitively), the few real renames, and the properties only
    /// CloudFormation has (left out, not reported as unknown).
    /// </summary>
    internal sealed class TranslationProfile
    {
        private TranslationProfile(ClassSchema schema, Dictionary<string, string> renames, string[] cloudFormationOnly, bool familyDefault)
        {
            Schema = schema;
            Renames = new Dictionary<string, string>(renames, StringComparer.OrdinalIgnoreCase);
            TemplateNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> rename in renames)
            {
                TemplateNames[rename.Value] = rename.Key;
            }

            CloudFormationOnly = new HashSet<string>(cloudFormationOnly, StringComparer.Ordinal);
            FamilyDefault = familyDefault;
        }

        /// <summary>AWS::ECS::TaskDefinition → RegisterTaskDefinition.</summary>
        public static TranslationProfile TaskDefinition { get; } = new TranslationProfile(
            Model.TaskDefinition.Schema,
            new Dictionary<string, string> { ["ProxyConfigurationProperties"] = "properties" },
            Array.Empty<string>(),
            familyDefault: true);

        /// <summary>
        /// AWS::ECS::Service → CreateService (CloudFormation resource reference: <c>PlacementStrategies</c> is the API's
        /// <c>placementStrategy</c>; <c>ForceNewDeployment</c> is CloudFormation's own).
        /// </summary>
        public static TranslationProfile Service { get; } = new TranslationProfile(
            ServiceDefinition.Schema,
            new Dictionary<string, string> { ["PlacementStrategies"] = "placementStrategy" },
            new[] { "ForceNewDeployment" },
            familyDefault: false);

        /// <summary>AWS::ECS::Cluster → CreateCluster (<c>ClusterSettings</c> is the API's <c>settings</c>).</summary>
        public static TranslationProfile Cluster { get; } = new TranslationProfile(
            ClusterDefinition.Schema,
            new Dictionary<string, string> { ["ClusterSettings"] = "settings" },
            Array.Empty<string>(),
            familyDefault: false);

        public ClassSchema Schema { get; }

        /// <summary>CloudFormation name → API name, for the names that are not the same in another case.</summary>
        public Dictionary<string, string> Renames { get; }

        /// <summary>API name → CloudFormation name, the reverse of <see cref="Renames"/>.</summary>
        public Dictionary<string, string> TemplateNames { get; }

        /// <summary>Top-level properties CloudFormation has and the API input does not: left out of the translation.</summary>
        public HashSet<string> CloudFormationOnly { get; }

        /// <summary>True for the task definition: CloudFormation names the family after the stack when it is left out.</summary>
        public bool FamilyDefault { get; }
    }
}
