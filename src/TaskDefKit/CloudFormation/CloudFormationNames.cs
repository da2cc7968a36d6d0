using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Model.Services;

namespace TaskDefKit.CloudFormation
{
    /// <summary>
    /// How CloudFormation names the ECS API's members: mostly the API's camelCase name with a capital first letter
    /// (<c>portMappings</c> → <c>PortMappings</c>, <c>awsvpcConfiguration</c> → <c>AwsvpcConfiguration</c>), except for
    /// the few listed in <see cref="s_irregular"/>. The one table serves both directions: the writer
    /// (<see cref="PropertyName(ClassSchema, string)"/>) and the template reader (<see cref="FindMember"/>), so they cannot drift apart.
    /// </summary>
    public static class CloudFormationNames
    {
        /// <summary>
        /// CloudFormation names that are not the API's name capitalised, by API shape and API member name. From the
        /// AWS::ECS::TaskDefinition, AWS::ECS::Service and AWS::ECS::Cluster resource references.
        /// </summary>
        private static readonly Dictionary<(string Shape, string Member), string> s_irregular = new Dictionary<(string, string), string>
        {
            [("ProxyConfiguration", "properties")] = "ProxyConfigurationProperties",
            [("Volume", "efsVolumeConfiguration")] = "EFSVolumeConfiguration",
            [("Volume", "fsxWindowsFileServerVolumeConfiguration")] = "FSxWindowsFileServerVolumeConfiguration",
            [("Volume", "s3filesVolumeConfiguration")] = "S3FilesVolumeConfiguration",
            [("EFSVolumeConfiguration", "fileSystemId")] = "FilesystemId",
            [("EFSAuthorizationConfig", "iam")] = "IAM",
            [("CreateServiceRequest", "placementStrategy")] = "PlacementStrategies",
            [("CreateClusterRequest", "settings")] = "ClusterSettings",
        };

        /// <summary>API members that a CloudFormation resource does not have (idempotency tokens): the writer leaves them out.</summary>
        private static readonly HashSet<(string Shape, string Member)> s_notInCloudFormation = new HashSet<(string, string)>
        {
            ("CreateServiceRequest", "clientToken"),
        };

        /// <summary>The irregular names by API member name alone, for messages that know the name but not the shape.</summary>
        private static readonly Dictionary<string, string> s_irregularByMember = ByMember();

        private static readonly ConcurrentDictionary<ClassSchema, Dictionary<string, MemberSchema>> s_byPropertyName =
            new ConcurrentDictionary<ClassSchema, Dictionary<string, MemberSchema>>();

        /// <summary>The CloudFormation resource type for a model's top-level schema, or null when it has none.</summary>
        public static string? ResourceType(ClassSchema schema)
        {
            Guard.ThrowIfNull(schema, nameof(schema));
            if (ReferenceEquals(schema, TaskDefinition.Schema))
            {
                return "AWS::ECS::TaskDefinition";
            }

            if (ReferenceEquals(schema, ServiceDefinition.Schema))
            {
                return "AWS::ECS::Service";
            }

            return ReferenceEquals(schema, ClusterDefinition.Schema) ? "AWS::ECS::Cluster" : null;
        }

        /// <summary>CloudFormation's property name for a member of <paramref name="schema"/>.</summary>
        public static string PropertyName(ClassSchema schema, string jsonName)
        {
            Guard.ThrowIfNull(schema, nameof(schema));
            Guard.ThrowIfNull(jsonName, nameof(jsonName));
            return s_irregular.TryGetValue((schema.ApiShapeName, jsonName), out string? irregular) ? irregular : Capitalize(jsonName);
        }

        /// <summary>
        /// CloudFormation's property name for an API member name whose shape is not known (a name in a message):
        /// the irregular name where one shape has it, else the name capitalised.
        /// </summary>
        public static string PropertyName(string jsonName)
        {
            Guard.ThrowIfNull(jsonName, nameof(jsonName));
            return s_irregularByMember.TryGetValue(jsonName, out string? irregular) ? irregular : Capitalize(jsonName);
        }

        /// <summary>Whether the CloudFormation resource has this member at all.</summary>
        public static bool InCloudFormation(ClassSchema schema, string jsonName)
        {
            Guard.ThrowIfNull(schema, nameof(schema));
            Guard.ThrowIfNull(jsonName, nameof(jsonName));
            return !s_notInCloudFormation.Contains((schema.ApiShapeName, jsonName));
        }

        /// <summary>
        /// The member a template's property name stands for: CloudFormation's name, or the API's name in any case
        /// (templates are matched case-insensitively, as the translator always has: <c>FilesystemId</c> works).
        /// </summary>
        public static MemberSchema? FindMember(ClassSchema schema, string propertyName)
        {
            Guard.ThrowIfNull(schema, nameof(schema));
            Guard.ThrowIfNull(propertyName, nameof(propertyName));
            return s_byPropertyName.GetOrAdd(schema, Index).TryGetValue(propertyName, out MemberSchema? member) ? member : null;
        }

        private static Dictionary<string, MemberSchema> Index(ClassSchema schema)
        {
            var byName = new Dictionary<string, MemberSchema>(StringComparer.OrdinalIgnoreCase);
            foreach (MemberSchema member in schema.Members)
            {
                byName[member.JsonName] = member;
            }

            foreach (MemberSchema member in schema.Members)
            {
                byName[PropertyName(schema, member.JsonName)] = member;
            }

            return byName;
        }

        private static Dictionary<string, string> ByMember()
        {
            var byMember = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<(string Shape, string Member), string> entry in s_irregular)
            {
                byMember[entry.Key.Member] = entry.Value;
            }

            return byMember;
        }

        private static string Capitalize(string name) =>
            name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
    }
}
