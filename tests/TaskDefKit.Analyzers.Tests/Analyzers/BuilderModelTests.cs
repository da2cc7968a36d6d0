extern alias analyzers;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static TaskDefKit.Analyzers.Tests.Infrastructure.BuilderVerifier;
using Analyzer = analyzers::TaskDefKit.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;

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

        [Fact]
        public Task Health_check_command_without_CMD_is_reported_on_the_command_call() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2015" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.HealthCheck(h => h.{|#0:Command|}(""curl"", ""-f"", ""http://localhost/"")));
TaskDefinitionBuilder.Create(""b"").Container(""web"", c => c.HealthCheck(h => h.Shell(""curl -f http://localhost/ || exit 1"")));
TaskDefinitionBuilder.Create(""c"").Container(""web"", c => c.HealthCheck(h => h.Exec(""/bin/check"", ""--quick"")));
TaskDefinitionBuilder.Create(""d"").Container(""web"", c => c.HealthCheck(h => h.Command(S(), ""-f"")));"),
                Diagnostic("TDK2015", 0));

        [Fact]
        public Task Health_check_interval_out_of_range_is_reported_on_the_argument() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2016" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.HealthCheck(h => h.Shell(""true"").Interval({|#0:2|}).Retries({|#1:20|})));
TaskDefinitionBuilder.Create(""b"").Container(""web"", c => c.HealthCheck(h => h.Shell(""true"").Interval(30).Retries(3)));
TaskDefinitionBuilder.Create(""c"").Container(""web"", c => c.HealthCheck(h => h.Shell(""true"").Interval(N()).Retries(N())));"),
                Diagnostic("TDK2016", 0), Diagnostic("TDK2016", 1));

        [Fact]
        public Task Depending_on_a_healthy_container_without_health_check_is_reported_when_built() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2014" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""db"", c => c.Image(""postgres:16"")).Container(""web"", c => c.DependsOn(""db"", {|#0:ContainerCondition.Healthy|})).Build();
TaskDefinitionBuilder.Create(""b"").Container(""db"", c => c.HealthCheck(h => h.Shell(""pg_isready""))).Container(""web"", c => c.DependsOn(""db"", ContainerCondition.Healthy)).Build();
TaskDefinitionBuilder.Create(""c"").Container(""db"", c => c.Image(""postgres:16"")).Container(""web"", c => c.DependsOn(""db"", ContainerCondition.Start)).Build();
TaskDefinitionBuilder.Create(""d"").Container(""db"", c => c.Image(""postgres:16"")).Container(""web"", c => c.DependsOn(S(), ContainerCondition.Healthy)).Build();
TaskDefinitionBuilder.Create(""e"").Container(""db"", c => { if (N() > 1) { c.HealthCheck(h => h.Shell(""pg_isready"")); } }).Container(""web"", c => c.DependsOn(""db"", ContainerCondition.Healthy)).Build();"),
                Diagnostic("TDK2014", 0));

        [Fact]
        public Task Linux_parameters_swappiness_without_max_swap_and_empty_tmpfs_are_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2026" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.LinuxParameters(l => l.Swappiness({|#0:10|}).Tmpfs(""/tmp"", {|#1:0|})));
TaskDefinitionBuilder.Create(""b"").Container(""web"", c => c.LinuxParameters(l => l.MaxSwap(0).Swappiness(10).Tmpfs(""/tmp"", 64).InitProcessEnabled()));
TaskDefinitionBuilder.Create(""c"").Container(""web"", c => c.LinuxParameters(l => l.MaxSwap(N()).Swappiness(10).Tmpfs(""/tmp"", N())));"),
                Diagnostic("TDK2026", 0, DiagnosticSeverity.Warning), Diagnostic("TDK2026", 1));

        [Fact]
        public Task Ulimit_with_soft_limit_above_hard_limit_is_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2023" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.Ulimit(UlimitName.Nofile, {|#0:2048|}, 1024));
TaskDefinitionBuilder.Create(""b"").Container(""web"", c => c.Ulimit(UlimitName.Nofile, 1024, 2048));
TaskDefinitionBuilder.Create(""c"").Container(""web"", c => c.Ulimit(UlimitName.Nofile, N(), 1024));"),
                Diagnostic("TDK2023", 0));

        [Fact]
        public Task Restart_attempt_period_out_of_range_is_reported_on_the_argument() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2030" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.RestartPolicy(true, {|#0:10|}));
TaskDefinitionBuilder.Create(""b"").Container(""web"", c => c.RestartPolicy(true, 60, new[] { 0, 143 }));
TaskDefinitionBuilder.Create(""c"").Container(""web"", c => c.RestartPolicy(true, N()));"),
                Diagnostic("TDK2030", 0));

        [Fact]
        public Task Efs_transit_encryption_port_is_read_through_its_nullable_parameter() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK3012" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").TaskRole(""arn:aws:iam::123456789012:role/t"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.TransitEncryption({|#0:70000|})).Build();
TaskDefinitionBuilder.Create(""b"").TaskRole(""arn:aws:iam::123456789012:role/t"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.TransitEncryption(2049)).Build();
TaskDefinitionBuilder.Create(""c"").TaskRole(""arn:aws:iam::123456789012:role/t"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.TransitEncryption(N())).Build();
TaskDefinitionBuilder.Create(""d"").TaskRole(""arn:aws:iam::123456789012:role/t"").EfsVolume(""data"", ""fs-0123456789abcdef0"", v => v.TransitEncryption(70000));"),
                Diagnostic("TDK3012", 0));

        [Fact]
        public Task App_Mesh_proxy_naming_no_container_and_lacking_properties_is_reported_when_built() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1026" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").AwsVpc().{|#1:AppMeshProxy|}({|#0:""envoy""|}, p => p.AppPorts(8080)).Container(""web"", c => c.Image(""nginx:1"")).Build();
TaskDefinitionBuilder.Create(""b"").AwsVpc().AppMeshProxy(""envoy"", p => p.IgnoredUid(1337).AppPorts(8080).ProxyIngressPort(15000).ProxyEgressPort(15001).EgressIgnoredPorts().EgressIgnoredIps(""169.254.170.2"")).Container(""envoy"", c => c.Image(""envoy:1"")).Build();
TaskDefinitionBuilder.Create(""c"").AwsVpc().AppMeshProxy(S(), p => p.IgnoredUid(N()).AppPorts(8080)).Container(""web"", c => c.Image(""nginx:1"")).Build();
TaskDefinitionBuilder.Create(""d"").AwsVpc().AppMeshProxy(""envoy"", p => p.AppPorts(8080)).Container(""web"", c => c.Image(""nginx:1""));"),
                Diagnostic("TDK1026", 0), Diagnostic("TDK1026", 1, DiagnosticSeverity.Warning));

        [Fact]
        public Task Unknown_capability_is_reported_on_its_element() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2025" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.LinuxParameters(l => l.AddCapabilities(""SYS_PTRACE"", {|#0:""CAP_NET_ADMIN""|}).DropCapabilities(""ALL"")));
TaskDefinitionBuilder.Create(""b"").Container(""web"", c => c.LinuxParameters(l => l.AddCapabilities(""NET_ADMIN"").DropCapabilities(""ALL"")));
TaskDefinitionBuilder.Create(""c"").Container(""web"", c => c.LinuxParameters(l => l.AddCapabilities(S(), ""CAP_NET_ADMIN"")));"),
                Diagnostic("TDK2025", 0));

        [Fact]
        public Task Invalid_docker_security_option_off_Fargate_is_reported_on_its_element_when_built() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2027" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Ec2().Container(""web"", c => c.DockerSecurityOptions(""no-new-privileges"", {|#0:""seccomp:unconfined""|})).Build();
TaskDefinitionBuilder.Create(""b"").Ec2().Container(""web"", c => c.DockerSecurityOptions(""no-new-privileges"")).Build();
TaskDefinitionBuilder.Create(""c"").Ec2().Container(""web"", c => c.DockerSecurityOptions(S(), ""seccomp:unconfined"")).Build();
TaskDefinitionBuilder.Create(""d"").Ec2().Container(""web"", c => c.DockerSecurityOptions(""seccomp:unconfined""));"),
                Diagnostic("TDK2027", 0));

        [Fact]
        public Task Gpu_count_that_is_not_positive_is_reported_when_built() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2029" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Ec2().Container(""web"", c => c.Gpu({|#0:0|})).Build();
TaskDefinitionBuilder.Create(""b"").Ec2().Container(""web"", c => c.Gpu(1)).Build();
TaskDefinitionBuilder.Create(""c"").Ec2().Container(""web"", c => c.Gpu(N())).Build();
TaskDefinitionBuilder.Create(""d"").Ec2().Container(""web"", c => c.ResourceRequirement(ResourceType.Gpu, S())).Build();"),
                Diagnostic("TDK2029", 0));

        [Fact]
        public Task Dependency_on_a_container_that_does_not_exist_and_a_cycle_are_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2011", "TDK2012" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.DependsOn({|#0:""db""|}, ContainerCondition.Start)).Build();
TaskDefinitionBuilder.Create(""b"").Container(""x"", c => c.DependsOn(""y"", ContainerCondition.Start)).Container(""y"", c => c.{|#1:DependsOn|}(""x"", ContainerCondition.Start));
TaskDefinitionBuilder.Create(""b2"").Container(""x"", c => c.DependsOn(""y"", ContainerCondition.Start)).Container(""y"", c => c.DependsOn(""x"", ContainerCondition.Start)).Container(""z"", c => c.DependsOn(S(), ContainerCondition.Start));
TaskDefinitionBuilder.Create(""c"").Container(""db"", c => c.Image(""postgres:16"")).Container(""web"", c => c.DependsOn(""db"", ContainerCondition.Start)).Build();
TaskDefinitionBuilder.Create(""d"").Container(""web"", c => c.DependsOn(""db"", ContainerCondition.Start));
TaskDefinitionBuilder.Create(""e"").Container(""web"", c => c.DependsOn(S(), ContainerCondition.Start)).Build();"),
                Diagnostic("TDK2011", 0), Diagnostic("TDK2012", 1));

        [Fact]
        public Task Port_range_with_a_host_port_or_reversed_ends_is_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK4009", "TDK4010" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").AwsVpc().Container(""web"", c => c.PortRange(8000, 8010, p => p.HostPort({|#0:8000|})));
TaskDefinitionBuilder.Create(""b"").NetworkMode(NetworkMode.Host).Container(""web"", c => c.{|#1:PortRange|}(8000, 8010));
TaskDefinitionBuilder.Create(""c"").AwsVpc().Container(""web"", c => c.{|#2:PortRange|}(9000, 8000));
TaskDefinitionBuilder.Create(""d"").AwsVpc().Container(""web"", c => c.PortRange(8000, 8010, p => p.Udp()));
TaskDefinitionBuilder.Create(""e"").AwsVpc().Container(""web"", c => c.PortRange(8000, 8010, p => p.HostPort(N())));
TaskDefinitionBuilder.Create(""f"").AwsVpc().Container(""web"", c => c.PortRange(N(), 8000));"),
                Diagnostic("TDK4010", 0), Diagnostic("TDK4010", 1), Diagnostic("TDK4009", 2));

        [Fact]
        public Task FireLens_router_option_it_does_not_accept_and_awsfirelens_without_router_are_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK6008", "TDK6010" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""log"", c => c.FireLensRouter(FirelensConfigurationType.Fluentbit, o => o.Option(""enable-ecs-log-metadata"", {|#0:""yes""|})));
TaskDefinitionBuilder.Create(""b"").Container(""log"", c => c.FireLensRouter(FirelensConfigurationType.Fluentbit, o => o.Option(""enable-ecs-log-metadata"", ""true""))).Container(""web"", c => c.FireLensLogs()).Build();
TaskDefinitionBuilder.Create(""c"").Container(""web"", c => c.{|#1:FireLensLogs|}()).Build();
TaskDefinitionBuilder.Create(""d"").Container(""log"", c => c.FireLensRouter(FirelensConfigurationType.Fluentbit, o => o.Option(""enable-ecs-log-metadata"", S())));
TaskDefinitionBuilder.Create(""e"").Container(""web"", c => c.FireLensLogs());"),
                Diagnostic("TDK6010", 0), Diagnostic("TDK6008", 1));

        [Fact]
        public Task Elastic_Inference_accelerator_is_reported_on_the_call_and_on_the_requirement_when_built() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1027" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Ec2().{|#0:InferenceAccelerator|}(""device_1"", ""eia2.medium"").Container(""web"", c => c.{|#1:ResourceRequirement|}(ResourceType.InferenceAccelerator, ""device_1"")).Build();
TaskDefinitionBuilder.Create(""b"").Ec2().Container(""web"", c => c.Gpu(1)).Build();
TaskDefinitionBuilder.Create(""c"").Ec2().InferenceAccelerator(""device_1"", ""eia2.medium"");
TaskDefinitionBuilder.Create(""d"").Ec2().InferenceAccelerator(S(), ""eia2.medium"").Build();"),
                Diagnostic("TDK1027", 0, DiagnosticSeverity.Warning), Diagnostic("TDK1027", 1, DiagnosticSeverity.Warning));

        [Fact]
        public Task Container_parameters_Fargate_or_awsvpc_do_not_support_are_reported_on_their_call() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK2020", "TDK2021" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate().Tag(S(), ""v"").Container(""web"", c => c.{|#0:DnsServers|}(""10.0.0.2"").LinuxParameters(l => l.{|#1:Tmpfs|}(""/tmp"", 64).InitProcessEnabled()));
TaskDefinitionBuilder.Create(""b"").AwsVpc().Ec2().Container(""web"", c => c.{|#2:ExtraHost|}(""db"", ""10.0.0.3""));
TaskDefinitionBuilder.Create(""c"").Fargate().Container(""web"", c => c.LinuxParameters(l => l.InitProcessEnabled().AddCapabilities(""SYS_PTRACE"")));
TaskDefinitionBuilder.Create(""d"").Bridge().Ec2().Container(""web"", c => c.ExtraHost(""db"", ""10.0.0.3"").DnsServers(""10.0.0.2""));
TaskDefinitionBuilder.Create(""e"").Fargate().Container(""web"", c => c.DnsServers(S()).LinuxParameters(l => l.Tmpfs(S(), 64)));"),
                Diagnostic("TDK2020", 0), Diagnostic("TDK2020", 1), Diagnostic("TDK2021", 2));
    }
}
