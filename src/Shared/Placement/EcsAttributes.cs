namespace TaskDefKit.Placement
{
    /// <summary>
    /// Container instance attribute names that ECS sets itself (built-in and optional attributes of AWS's "Amazon ECS
    /// container instance attributes"), for <c>attribute:&lt;name&gt;</c> in spread fields and cluster queries, and the
    /// naming rules for custom attributes (TDK5017).
    /// </summary>
    public static class EcsAttributes
    {
        /// <summary><c>ecs.ami-id</c>: the AMI the instance was launched from.</summary>
        public const string AmiId = "ecs.ami-id";

        /// <summary><c>ecs.availability-zone</c>: the instance's Availability Zone.</summary>
        public const string AvailabilityZone = "ecs.availability-zone";

        /// <summary><c>ecs.instance-type</c>: the EC2 instance type.</summary>
        public const string InstanceType = "ecs.instance-type";

        /// <summary><c>ecs.os-type</c>: <c>linux</c> or <c>windows</c>.</summary>
        public const string OsType = "ecs.os-type";

        /// <summary><c>ecs.os-family</c>: the operating system family (e.g. <c>WINDOWS_SERVER_2022_CORE</c>).</summary>
        public const string OsFamily = "ecs.os-family";

        /// <summary><c>ecs.cpu-architecture</c>: e.g. <c>x86_64</c> or <c>arm64</c>.</summary>
        public const string CpuArchitecture = "ecs.cpu-architecture";

        /// <summary><c>ecs.vpc-id</c>: the VPC the instance was launched in.</summary>
        public const string VpcId = "ecs.vpc-id";

        /// <summary><c>ecs.subnet-id</c>: the subnet the instance uses.</summary>
        public const string SubnetId = "ecs.subnet-id";

        /// <summary><c>ecs.awsvpc-trunk-id</c>: set when the instance has a trunk network interface.</summary>
        public const string AwsVpcTrunkId = "ecs.awsvpc-trunk-id";

        /// <summary><c>ecs.outpost-arn</c>: set for instances on AWS Outposts.</summary>
        public const string OutpostArn = "ecs.outpost-arn";

        /// <summary><c>ecs.capability.external</c>: set for external (ECS Anywhere) instances.</summary>
        public const string CapabilityExternal = "ecs.capability.external";

        /// <summary>The names above, in the documentation's order.</summary>
        public static string[] BuiltIn => new[]
        {
            AmiId, AvailabilityZone, InstanceType, OsType, OsFamily, CpuArchitecture, VpcId, SubnetId, AwsVpcTrunkId, OutpostArn, CapabilityExternal,
        };

        /// <summary>
        /// True for the names above and for any <c>ecs.capability.*</c> name (the agent registers many capability
        /// attributes, such as <c>ecs.capability.task-eni</c>, that a query may test with <c>exists</c>).
        /// </summary>
        public static bool IsKnownEcsName(string name)
        {
            Guard.ThrowIfNull(name, nameof(name));
            switch (name)
            {
                case AmiId:
                case AvailabilityZone:
                case InstanceType:
                case OsType:
                case OsFamily:
                case CpuArchitecture:
                case VpcId:
                case SubnetId:
                case AwsVpcTrunkId:
                case OutpostArn:
                case CapabilityExternal:
                    return true;
                default:
                    return name.StartsWith("ecs.capability.", System.StringComparison.Ordinal);
            }
        }

        /// <summary>A custom attribute name: 1–128 letters, digits, <c>-</c>, <c>_</c>, <c>/</c>, <c>\</c> or <c>.</c>.</summary>
        public static bool IsValidName(string name)
        {
            Guard.ThrowIfNull(name, nameof(name));
            if (name.Length == 0 || name.Length > 128)
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!IsAsciiLetterOrDigit(c) && c != '-' && c != '_' && c != '/' && c != '\\' && c != '.')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// An attribute value: 1–128 letters, digits, <c>-</c>, <c>_</c>, <c>.</c>, <c>@</c>, <c>/</c>, <c>\</c>, <c>:</c> or
        /// spaces, without leading or trailing whitespace.
        /// </summary>
        public static bool IsValidValue(string value)
        {
            Guard.ThrowIfNull(value, nameof(value));
            if (value.Length == 0 || value.Length > 128 || value[0] == ' ' || value[value.Length - 1] == ' ')
            {
                return false;
            }

            foreach (char c in value)
            {
                if (!IsAsciiLetterOrDigit(c) && c != '-' && c != '_' && c != '.' && c != '@' && c != '/' && c != '\\' && c != ':' && c != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetterOrDigit(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
