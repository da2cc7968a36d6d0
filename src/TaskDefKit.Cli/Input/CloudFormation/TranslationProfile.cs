using System;
using System.Collections.Generic;
using TaskDefKit.CloudFormation;
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
        private readonly Dictionary<(ClassSchema Schema, string PropertyName), string> _jsonNames = new Dictionary<(ClassSchema, string), string>();
        private readonly Dictionary<(ClassSchema Schema, string JsonName), string> _propertyNames = new Dictionary<(ClassSchema, string), string>();
        private readonly Dictionary<string, string> _propertyNamesByMember = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <param name="schema">See <see cref="Schema"/>.</param>
        /// <param name="cloudFormationOnly">See <see cref="CloudFormationOnly"/>.</param>
        /// <param name="familyDefault">See <see cref="FamilyDefault"/>.</param>
        /// <param name="renamed">
        /// This resource type's names for members whose API shape other resource types name differently (the API's
        /// <c>PlacementStrategy</c> is <c>PlacementStrategies</c> in AWS::Events::Rule, <c>PlacementStrategy</c> in
        /// AWS::Scheduler::Schedule): matched before <see cref="CloudFormationNames"/>, and used in messages.
        /// </param>
        /// <param name="exactNames">See <see cref="ExactNames"/>.</param>
        internal TranslationProfile(ClassSchema schema, string[] cloudFormationOnly, bool familyDefault, (ClassSchema Schema, string JsonName, string PropertyName)[]? renamed = null, bool exactNames = false)
        {
            Schema = schema;
            CloudFormationOnly = new HashSet<string>(cloudFormationOnly, StringComparer.Ordinal);
            FamilyDefault = familyDefault;
            ExactNames = exactNames;
            foreach ((ClassSchema shape, string jsonName, string propertyName) in renamed ?? Array.Empty<(ClassSchema, string, string)>())
            {
                _jsonNames[(shape, propertyName)] = jsonName;
                _propertyNames[(shape, jsonName)] = propertyName;
                _propertyNamesByMember[jsonName] = propertyName;
            }
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

        /// <summary>
        /// True when a property spelt other than CloudFormation spells it (<c>AwsvpcConfiguration</c> in an Events rule,
        /// the API's <c>Tags</c> for <c>TagList</c>) is reported (TDK1029, <see cref="TranslatedDocument.Misspelt"/>):
        /// CloudFormation's names are case-sensitive and it rejects the template. The member is still read, so its
        /// content is judged too. Off for the ECS resources, which have always accepted the API's names in any case.
        /// </summary>
        public bool ExactNames { get; }

        /// <summary>The member a template's property name stands for: this resource type's own name, else <see cref="CloudFormationNames.FindMember"/>.</summary>
        public MemberSchema? FindMember(ClassSchema schema, string propertyName) =>
            _jsonNames.TryGetValue((schema, propertyName), out string? jsonName) ? schema.Find(jsonName) : CloudFormationNames.FindMember(schema, propertyName);

        /// <summary>The template's name for an API member name in a message: this resource type's own name, else <see cref="CloudFormationNames.PropertyName(string)"/>.</summary>
        public string PropertyName(string jsonName) =>
            _propertyNamesByMember.TryGetValue(jsonName, out string? propertyName) ? propertyName : CloudFormationNames.PropertyName(jsonName);

        /// <summary>How this resource type spells a member of <paramref name="schema"/>.</summary>
        public string PropertyName(ClassSchema schema, string jsonName) =>
            _propertyNames.TryGetValue((schema, jsonName), out string? propertyName) ? propertyName : CloudFormationNames.PropertyName(schema, jsonName);
    }
}
