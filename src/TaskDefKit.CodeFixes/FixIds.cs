namespace TaskDefKit.CodeFixes
{
    /// <summary>The rule IDs and diagnostic properties the fixes act on (as the analyzers write them).</summary>
    internal static class FixIds
    {
        public const string NoEssentialContainer = "TDK1004";
        public const string FargateTaskSize = "TDK1014";
        public const string EphemeralStorageSize = "TDK3016";
        public const string AwsVpcHostPort = "TDK4003";
        public const string HostModeHostPort = "TDK4004";
        public const string DistinctInstanceExpression = "TDK5007";
        public const string AwslogsRequiredOptions = "TDK6003";

        public const string SizesProperty = "Sizes";
        public const string ContainerPortProperty = "ContainerPort";
        public const string OptionProperty = "Option";

        /// <summary>Minimum and maximum of <c>ephemeralStorage.sizeInGiB</c>.</summary>
        public const int MinEphemeralStorageGiB = 21;
        public const int MaxEphemeralStorageGiB = 200;
    }
}
