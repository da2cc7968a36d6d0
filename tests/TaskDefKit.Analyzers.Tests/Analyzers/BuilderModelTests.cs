extern alias analyzers;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static TaskDefKit.Analyzers.Tests.Infrastructure.BuilderVerifier;
using Analyzer = analyzers::TaskDefKit.Analyzers.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// Builder calls beyond the task basics (volume kinds, health check, Linux parameters, ulimits, restart policy, …):
    /// each newly decided rule fires on the call or argument that set the value, a near miss does not, and a
    /// non-constant argument makes the rule skip.
    /// </summary>
    public class BuilderModelTests
    {
        private static string Wrap(string body) => "class C { static string S() => \"x\"; static int N() => 30; void M() {\n" + body + "\n} }";

        [Fact]
        public Task Efs_file_system_id_that_is_no_id_is_reported_on_the_argument() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK3009" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").EfsVolume(""data"", {|#0:""fs-xyz""|});
TaskDefinitionBuilder.Create(""b"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.TransitEncryption());
TaskDefinitionBuilder.Create(""c"").EfsVolume(""data"", S());"),
                Diagnostic("TDK3009", 0));

        [Fact]
        public Task Efs_access_point_with_a_root_directory_is_reported_on_the_root_directory() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK3011" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.RootDirectory({|#0:""/data""|}).AccessPoint(""fsap-0123456789abcdef0""));
TaskDefinitionBuilder.Create(""b"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.AccessPoint({|#1:""fsap-x""|}));
TaskDefinitionBuilder.Create(""c"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.RootDirectory(""/"").AccessPoint(""fsap-0123456789abcdef0""));
TaskDefinitionBuilder.Create(""d"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.RootDirectory(S()).AccessPoint(""fsap-0123456789abcdef0""));
TaskDefinitionBuilder.Create(""e"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.AccessPoint(S()));"),
                Diagnostic("TDK3011", 0), Diagnostic("TDK3011", 1));

        [Fact]
        public Task Mount_point_of_a_volume_that_does_not_exist_is_reported_when_the_chain_is_built() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK3004" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").HostVolume(""data"", ""/srv"").Container(""web"", c => c.MountPoint({|#0:""Data""|}, ""/data"")).Build();
TaskDefinitionBuilder.Create(""b"").EfsVolume(""data"", ""fs-0123456789abcdef0"").Container(""web"", c => c.MountPoint(""data"", ""/data"")).Build();
TaskDefinitionBuilder.Create(""c"").DockerVolume(""data"", v => v.Shared(true).Driver(""local"")).Container(""web"", c => c.MountPoint(""data"", ""/data"")).Build();
TaskDefinitionBuilder.Create(""d"").HostVolume(""data"", ""/srv"").Container(""web"", c => c.MountPoint(""other"", ""/data""));
TaskDefinitionBuilder.Create(""e"").HostVolume(S(), ""/srv"").Container(""web"", c => c.MountPoint(""other"", ""/data"")).Build();
TaskDefinitionBuilder.Create(""f"").Volume(new Volume()).Container(""web"", c => c.MountPoint(""other"", ""/data"")).Build();"),
                Diagnostic("TDK3004", 0));

        [Fact]
        public Task Host_source_path_and_Docker_volume_on_Fargate_are_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK3006", "TDK3007" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate().HostVolume(""logs"", {|#0:""/var/log""|});
TaskDefinitionBuilder.Create(""b"").Fargate().{|#1:DockerVolume|}(""data"");
TaskDefinitionBuilder.Create(""c"").Ec2().HostVolume(""logs"", ""/var/log"").DockerVolume(""data"");
TaskDefinitionBuilder.Create(""d"").Fargate().HostVolume(""logs"", S());
TaskDefinitionBuilder.Create(""e"").Fargate().Volume(""scratch"");"),
                Diagnostic("TDK3006", 0), Diagnostic("TDK3007", 1));
    }
}
