using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Json;
using TaskDefKit.Model;

namespace TaskDefKit.Tests.Builders
{
    /// <summary>What each builder area puts into the model and into the emitted JSON.</summary>
    public class TaskDefinitionBuilderTests
    {
        private static (TaskDefinition Model, string Json) Emit(TaskDefinitionBuilder builder)
        {
            TaskDefinitionBuildResult result = builder.Build();
            return (result.Definition, result.ToJson(allowErrors: true));
        }

        [Fact]
        public void Common_fargate_path_emits_the_expected_document()
        {
            (TaskDefinition model, string json) = Emit(BuilderCases.FargateWeb());

            Assert.Equal("web", model.Family);
            Assert.Equal(new[] { Compatibility.Fargate }, model.RequiresCompatibilities);
            Assert.Equal(NetworkMode.AwsVpc, model.NetworkMode);
            Assert.Equal(("256", "512"), (model.Cpu, model.Memory));
            Assert.Equal(
                """
                {
                  "family": "web",
                  "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole",
                  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
                  "networkMode": "awsvpc",
                  "containerDefinitions": [
                    {
                      "name": "web",
                      "image": "public.ecr.aws/nginx/nginx:1.27",
                      "portMappings": [
                        {
                          "containerPort": 80
                        }
                      ],
                      "essential": true,
                      "secrets": [
                        {
                          "name": "DB_PASSWORD",
                          "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-AbCdEf"
                        }
                      ],
                      "user": "1000",
                      "readonlyRootFilesystem": true,
                      "logConfiguration": {
                        "logDriver": "awslogs",
                        "options": {
                          "awslogs-group": "/ecs/web",
                          "awslogs-region": "us-east-1",
                          "awslogs-stream-prefix": "web"
                        }
                      }
                    }
                  ],
                  "requiresCompatibilities": [
                    "FARGATE"
                  ],
                  "cpu": "256",
                  "memory": "512"
                }
                """.Replace("\r\n", "\n"),
                json);
        }

        [Fact]
        public void Task_level_settings()
        {
            (TaskDefinition model, string json) = Emit(BuilderCases.FargateEverything());

            Assert.Equal("shopApiTaskRole", model.TaskRoleArn);
            Assert.Equal("{\"cpuArchitecture\":\"ARM64\",\"operatingSystemFamily\":\"LINUX\"}", JsonAt.Get(json, "/runtimePlatform"));
            Assert.Equal("{\"sizeInGiB\":40}", JsonAt.Get(json, "/ephemeralStorage"));
            Assert.Equal("\"task\"", JsonAt.Get(json, "/pidMode"));
            Assert.Equal("true", JsonAt.Get(json, "/enableFaultInjection"));
            Assert.Equal("[{\"key\":\"team\",\"value\":\"shop\"},{\"key\":\"cost-center\",\"value\":\"1234\"}]", JsonAt.Get(json, "/tags"));
            Assert.Equal("\"1024\"", JsonAt.Get(json, "/cpu"));
            Assert.Equal("\"3072\"", JsonAt.Get(json, "/memory"));
        }

        [Fact]
        public void Fargate_keeps_an_explicit_network_mode_and_adds_each_launch_type_once()
        {
            TaskDefinition model = TaskDefinitionBuilder.Create("x").Bridge().Fargate().Fargate().Ec2().Build().Definition;

            Assert.Equal(NetworkMode.Bridge, model.NetworkMode);
            Assert.Equal(new[] { Compatibility.Fargate, Compatibility.Ec2 }, model.RequiresCompatibilities);
        }

        [Fact]
        public void Raw_cpu_and_memory_strings_and_integers()
        {
            (TaskDefinition model, string json) = Emit(BuilderCases.Ec2Everything());
            Assert.Equal(("1 vCPU", "2GB"), (model.Cpu, model.Memory));
            Assert.Equal("\"1 vCPU\"", JsonAt.Get(json, "/cpu"));

            TaskDefinition numbers = TaskDefinitionBuilder.Create("x").Cpu(384).Memory(768).Build().Definition;
            Assert.Equal(("384", "768"), (numbers.Cpu, numbers.Memory));
        }

        [Fact]
        public void Ec2_task_level_settings()
        {
            (TaskDefinition model, string json) = Emit(BuilderCases.Ec2Everything());

            Assert.Equal(new[] { Compatibility.Ec2, Compatibility.External }, model.RequiresCompatibilities);
            Assert.Equal("\"bridge\"", JsonAt.Get(json, "/networkMode"));
            Assert.Equal("\"task\"", JsonAt.Get(json, "/ipcMode"));
            Assert.Equal("[{\"type\":\"memberOf\",\"expression\":\"attribute:ecs.instance-type =~ c5.*\"}]", JsonAt.Get(json, "/placementConstraints"));
            Assert.Equal("[{\"deviceName\":\"eia1\",\"deviceType\":\"eia2.medium\"}]", JsonAt.Get(json, "/inferenceAccelerators"));
            Assert.Equal("[{\"key\":\"env\",\"value\":\"prod\"}]", JsonAt.Get(json, "/tags"));
        }

        [Fact]
        public void Host_docker_and_name_only_volumes()
        {
            (_, string json) = Emit(BuilderCases.Ec2Everything());

            Assert.Equal("{\"name\":\"logs\",\"host\":{\"sourcePath\":\"/var/log/worker\"}}", JsonAt.Get(json, "/volumes/0"));
            Assert.Equal(
                "{\"name\":\"cache\",\"dockerVolumeConfiguration\":{\"scope\":\"task\",\"driver\":\"local\",\"driverOpts\":{\"type\":\"tmpfs\",\"device\":\"tmpfs\"},\"labels\":{\"purpose\":\"cache\"}}}",
                JsonAt.Get(json, "/volumes/1"));
            Assert.Equal(
                "{\"name\":\"shared-data\",\"dockerVolumeConfiguration\":{\"scope\":\"shared\",\"autoprovision\":true,\"driver\":\"local\"}}",
                JsonAt.Get(json, "/volumes/2"));

            (_, string fargate) = Emit(BuilderCases.FargateEverything());
            Assert.Equal("{\"name\":\"tmp\"}", JsonAt.Get(fargate, "/volumes/4"));
        }

        [Fact]
        public void Efs_volumes_with_transit_encryption_access_point_and_iam()
        {
            (TaskDefinition model, string json) = Emit(BuilderCases.FargateEverything());

            Assert.Equal(
                "{\"name\":\"assets\",\"efsVolumeConfiguration\":{\"fileSystemId\":\"fs-0123456789abcdef0\",\"transitEncryption\":\"ENABLED\",\"transitEncryptionPort\":2999,\"authorizationConfig\":{\"accessPointId\":\"fsap-0123456789abcdef0\",\"iam\":\"ENABLED\"}}}",
                JsonAt.Get(json, "/volumes/0"));
            Assert.Equal(
                "{\"name\":\"scratch\",\"efsVolumeConfiguration\":{\"fileSystemId\":\"fs-0fedcba987654321f\",\"rootDirectory\":\"/scratch\",\"transitEncryption\":\"ENABLED\"}}",
                JsonAt.Get(json, "/volumes/1"));

            // An access point or IAM alone turns transit encryption on, because AWS requires it for both.
            EfsVolumeConfiguration iamOnly = TaskDefinitionBuilder.Create("x").EfsVolume("v", "fs-01234567", v => v.IamAuthorization())
                .Build().Definition.Volumes![0].EfsVolumeConfiguration!;
            Assert.Equal(EfsTransitEncryption.Enabled, iamOnly.TransitEncryption);
            Assert.Null(model.Volumes![0].EfsVolumeConfiguration!.RootDirectory);
        }

        [Fact]
        public void S3_files_configured_at_launch_and_fsx_windows_volumes()
        {
            (_, string json) = Emit(BuilderCases.FargateEverything());
            Assert.Equal(
                "{\"name\":\"datasets\",\"s3filesVolumeConfiguration\":{\"fileSystemArn\":\"arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0\",\"rootDirectory\":\"/\",\"transitEncryptionPort\":2049,\"accessPointArn\":\"arn:aws:s3files:us-east-1:123456789012:access-point/fsap-0123456789abcdef0\"}}",
                JsonAt.Get(json, "/volumes/2"));
            Assert.Equal("{\"name\":\"ebs-data\",\"configuredAtLaunch\":true}", JsonAt.Get(json, "/volumes/3"));

            (_, string windows) = Emit(BuilderCases.WindowsFsx());
            Assert.Equal(
                "{\"name\":\"content\",\"fsxWindowsFileServerVolumeConfiguration\":{\"fileSystemId\":\"fs-0123456789abcdef0\",\"rootDirectory\":\"\\\\share\\\\content\",\"authorizationConfig\":{\"credentialsParameter\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-creds-AbCdEf\",\"domain\":\"corp.example.com\"}}}",
                JsonAt.Get(windows, "/volumes/0"));
            Assert.Equal("{\"cpuArchitecture\":\"X86_64\",\"operatingSystemFamily\":\"WINDOWS_SERVER_2022_CORE\"}", JsonAt.Get(windows, "/runtimePlatform"));
        }

        [Fact]
        public void App_mesh_proxy_configuration()
        {
            (_, string json) = Emit(BuilderCases.FargateEverything());
            Assert.Equal(
                "{\"type\":\"APPMESH\",\"containerName\":\"envoy\",\"properties\":[{\"name\":\"IgnoredUID\",\"value\":\"1337\"},{\"name\":\"AppPorts\",\"value\":\"8080\"},{\"name\":\"ProxyIngressPort\",\"value\":\"15000\"},{\"name\":\"ProxyEgressPort\",\"value\":\"15001\"},{\"name\":\"EgressIgnoredIPs\",\"value\":\"169.254.170.2,169.254.169.254\"},{\"name\":\"EgressIgnoredPorts\",\"value\":\"22\"}]}",
                JsonAt.Get(json, "/proxyConfiguration"));

            ProxyConfiguration gid = TaskDefinitionBuilder.Create("x").AppMeshProxy("envoy", p => p.IgnoredGid(1337).Property("Custom", "1")).Build().Definition.ProxyConfiguration!;
            Assert.Equal(new[] { "IgnoredGID=1337", "Custom=1" }, gid.Properties!.Select(p => p.Name + "=" + p.Value));
        }

        [Fact]
        public void Container_resources_image_and_process()
        {
            (TaskDefinition model, string json) = Emit(BuilderCases.FargateEverything());
            ContainerDefinition api = model.ContainerDefinitions![0];

            Assert.Equal(("api", "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api:2.3.1"), (api.Name, api.Image));
            Assert.Equal((512, 2048, 1024), (api.Cpu, api.Memory, api.MemoryReservation));
            Assert.Null(api.Essential);
            Assert.Equal("[\"dotnet\"]", JsonAt.Get(json, "/containerDefinitions/0/entryPoint"));
            Assert.Equal("[\"Shop.Api.dll\"]", JsonAt.Get(json, "/containerDefinitions/0/command"));
            Assert.Equal("\"1000:1000\"", JsonAt.Get(json, "/containerDefinitions/0/user"));
            Assert.Equal("\"/app\"", JsonAt.Get(json, "/containerDefinitions/0/workingDirectory"));
            Assert.Equal("(60, 30)", (api.StartTimeout, api.StopTimeout).ToString());
            Assert.Equal("\"enabled\"", JsonAt.Get(json, "/containerDefinitions/0/versionConsistency"));
            Assert.Equal("{\"com.example.service\":\"api\"}", JsonAt.Get(json, "/containerDefinitions/0/dockerLabels"));
            Assert.Equal("{\"enabled\":true,\"ignoredExitCodes\":[0],\"restartAttemptPeriod\":300}", JsonAt.Get(json, "/containerDefinitions/0/restartPolicy"));
            Assert.Equal("true", JsonAt.Get(json, "/containerDefinitions/1/essential"));
            Assert.Equal("false", JsonAt.Get(Emit(BuilderCases.Ec2Everything()).Json, "/containerDefinitions/1/essential"));
        }

        [Fact]
        public void Port_mappings_with_protocol_name_app_protocol_ranges_and_host_ports()
        {
            (_, string json) = Emit(BuilderCases.FargateEverything());
            Assert.Equal(
                "[{\"containerPort\":8080,\"name\":\"http\",\"appProtocol\":\"http\"},{\"containerPort\":9090,\"protocol\":\"tcp\",\"name\":\"grpc\",\"appProtocol\":\"grpc\"},{\"containerPortRange\":\"10000-10010\"}]",
                JsonAt.Get(json, "/containerDefinitions/0/portMappings"));

            (_, string ec2) = Emit(BuilderCases.Ec2Everything());
            Assert.Equal(
                "[{\"containerPort\":8080,\"hostPort\":0},{\"containerPort\":8125,\"hostPort\":8125,\"protocol\":\"udp\"}]",
                JsonAt.Get(ec2, "/containerDefinitions/0/portMappings"));

            PortMapping raw = TaskDefinitionBuilder.Create("x").Container("c", c => c.PortMapping(new PortMapping { ContainerPort = 1 }).Port(2, p => p.Protocol(TransportProtocol.Udp)))
                .Build().Definition.ContainerDefinitions![0].PortMappings![1];
            Assert.Equal(TransportProtocol.Udp, raw.Protocol);
        }

        [Fact]
        public void Environment_environment_files_and_secrets()
        {
            (_, string json) = Emit(BuilderCases.FargateEverything());
            Assert.Equal("[{\"name\":\"ASPNETCORE_URLS\",\"value\":\"http://+:8080\"}]", JsonAt.Get(json, "/containerDefinitions/0/environment"));
            Assert.Equal("[{\"value\":\"arn:aws:s3:::shop-config/api/prod.env\",\"type\":\"s3\"}]", JsonAt.Get(json, "/containerDefinitions/0/environmentFiles"));
            Assert.Equal("[{\"name\":\"DB_PASSWORD\",\"valueFrom\":\"" + BuilderCases.DbSecretArn + "\"}]", JsonAt.Get(json, "/containerDefinitions/0/secrets"));

            (_, string ec2) = Emit(BuilderCases.Ec2Everything());
            Assert.Equal("[{\"name\":\"QUEUE\",\"value\":\"jobs\"},{\"name\":\"WORKERS\",\"value\":\"4\"}]", JsonAt.Get(ec2, "/containerDefinitions/0/environment"));
            Assert.Equal("[{\"name\":\"API_KEY\",\"valueFrom\":\"/prod/worker/api-key\"}]", JsonAt.Get(ec2, "/containerDefinitions/0/secrets"));
        }

        [Fact]
        public void Mount_points_volumes_from_and_depends_on()
        {
            (_, string json) = Emit(BuilderCases.FargateEverything());
            Assert.Equal(
                "[{\"sourceVolume\":\"assets\",\"containerPath\":\"/srv/assets\",\"readOnly\":true},{\"sourceVolume\":\"scratch\",\"containerPath\":\"/srv/scratch\"},{\"sourceVolume\":\"tmp\",\"containerPath\":\"/tmp\"}]",
                JsonAt.Get(json, "/containerDefinitions/0/mountPoints"));
            Assert.Equal(
                "[{\"containerName\":\"envoy\",\"condition\":\"HEALTHY\"},{\"containerName\":\"log_router\",\"condition\":\"START\"}]",
                JsonAt.Get(json, "/containerDefinitions/0/dependsOn"));

            (_, string ec2) = Emit(BuilderCases.Ec2Everything());
            Assert.Equal("[{\"sourceContainer\":\"sidecar\",\"readOnly\":true}]", JsonAt.Get(ec2, "/containerDefinitions/0/volumesFrom"));
        }

        [Fact]
        public void Health_checks_shell_exec_and_raw()
        {
            (_, string json) = Emit(BuilderCases.FargateEverything());
            Assert.Equal(
                "{\"command\":[\"CMD-SHELL\",\"curl -f http://localhost:8080/health || exit 1\"],\"interval\":30,\"timeout\":5,\"retries\":3,\"startPeriod\":10}",
                JsonAt.Get(json, "/containerDefinitions/0/healthCheck"));
            Assert.Equal(
                "[\"CMD\",\"/bin/sh\",\"-c\",\"curl -s http://localhost:9901/ready | grep -q LIVE\"]",
                JsonAt.Get(json, "/containerDefinitions/1/healthCheck/command"));

            HealthCheck raw = TaskDefinitionBuilder.Create("x").Container("c", c => c.HealthCheck(h => h.Command("CMD", "true"))).Build().Definition.ContainerDefinitions![0].HealthCheck!;
            Assert.Equal(new[] { "CMD", "true" }, raw.Command);
        }

        [Fact]
        public void Log_configurations_awslogs_firelens_and_other_drivers()
        {
            (_, string json) = Emit(BuilderCases.FargateEverything());
            Assert.Equal(
                "{\"logDriver\":\"awsfirelens\",\"options\":{\"Name\":\"cloudwatch_logs\",\"region\":\"us-east-1\",\"log_group_name\":\"/ecs/shop-api\",\"log_stream_prefix\":\"api/\"}}",
                JsonAt.Get(json, "/containerDefinitions/0/logConfiguration"));
            Assert.Equal(
                "{\"logDriver\":\"awslogs\",\"options\":{\"awslogs-group\":\"/ecs/shop-api\",\"awslogs-region\":\"us-east-1\",\"awslogs-stream-prefix\":\"envoy\",\"mode\":\"non-blocking\",\"max-buffer-size\":\"25m\"}}",
                JsonAt.Get(json, "/containerDefinitions/1/logConfiguration"));
            Assert.Equal("{\"type\":\"fluentbit\",\"options\":{\"enable-ecs-log-metadata\":\"true\"}}", JsonAt.Get(json, "/containerDefinitions/2/firelensConfiguration"));
            Assert.Equal("\"true\"", JsonAt.Get(json, "/containerDefinitions/2/logConfiguration/options/awslogs-create-group"));

            (_, string ec2) = Emit(BuilderCases.Ec2Everything());
            Assert.Equal(
                "{\"logDriver\":\"splunk\",\"options\":{\"splunk-url\":\"https://splunk.example.com:8088\",\"mode\":\"blocking\"},\"secretOptions\":[{\"name\":\"splunk-token\",\"valueFrom\":\"arn:aws:ssm:us-east-1:123456789012:parameter/splunk/token\"}]}",
                JsonAt.Get(ec2, "/containerDefinitions/0/logConfiguration"));
            Assert.Equal("{\"logDriver\":\"json-file\",\"options\":{\"max-size\":\"10m\"}}", JsonAt.Get(ec2, "/containerDefinitions/1/logConfiguration"));

            // awslogs without a stream prefix (allowed on EC2) writes no prefix option; a router without options writes none.
            ContainerDefinition bare = TaskDefinitionBuilder.Create("x")
                .Container("c", c => c.AwsLogs("/ecs/x", "eu-west-1").FireLensRouter(FirelensConfigurationType.Fluentd))
                .Build().Definition.ContainerDefinitions![0];
            Assert.Equal(new[] { "awslogs-group", "awslogs-region" }, bare.LogConfiguration!.Options!.Keys);
            Assert.Null(bare.FirelensConfiguration!.Options);
        }

        [Fact]
        public void Ulimits_linux_parameters_and_system_controls()
        {
            (_, string json) = Emit(BuilderCases.FargateEverything());
            Assert.Equal("[{\"name\":\"nofile\",\"softLimit\":65535,\"hardLimit\":65535}]", JsonAt.Get(json, "/containerDefinitions/0/ulimits"));
            Assert.Equal("{\"capabilities\":{\"add\":[\"SYS_PTRACE\"],\"drop\":[\"NET_RAW\"]},\"initProcessEnabled\":true}", JsonAt.Get(json, "/containerDefinitions/0/linuxParameters"));
            Assert.Equal("[{\"namespace\":\"net.ipv4.tcp_keepalive_time\",\"value\":\"60\"}]", JsonAt.Get(json, "/containerDefinitions/0/systemControls"));

            (_, string ec2) = Emit(BuilderCases.Ec2Everything());
            Assert.Equal(
                "{\"devices\":[{\"hostPath\":\"/dev/fuse\",\"containerPath\":\"/dev/fuse\",\"permissions\":[\"read\",\"write\"]}],\"sharedMemorySize\":256,\"tmpfs\":[{\"containerPath\":\"/run\",\"size\":64,\"mountOptions\":[\"rw\",\"noexec\"]}],\"maxSwap\":512,\"swappiness\":10}",
                JsonAt.Get(ec2, "/containerDefinitions/0/linuxParameters"));
        }

        [Fact]
        public void Ec2_container_networking_security_and_resources()
        {
            (TaskDefinition model, string json) = Emit(BuilderCases.Ec2Everything());
            ContainerDefinition worker = model.ContainerDefinitions![0];

            Assert.Equal(new[] { "sidecar:helper" }, worker.Links);
            Assert.Equal("worker", worker.Hostname);
            Assert.Equal(new[] { "10.0.0.2" }, worker.DnsServers);
            Assert.Equal(new[] { "corp.example.com" }, worker.DnsSearchDomains);
            Assert.Equal("[{\"hostname\":\"db.internal\",\"ipAddress\":\"10.0.1.10\"}]", JsonAt.Get(json, "/containerDefinitions/0/extraHosts"));
            Assert.Equal(new[] { "no-new-privileges" }, worker.DockerSecurityOptions);
            Assert.Equal((false, false, true, true), (worker.DisableNetworking, worker.Privileged, worker.Interactive, worker.PseudoTerminal));
            Assert.Equal("[{\"value\":\"1\",\"type\":\"GPU\"},{\"value\":\"eia1\",\"type\":\"InferenceAccelerator\"}]", JsonAt.Get(json, "/containerDefinitions/0/resourceRequirements"));
            Assert.Equal("{\"credentialsParameter\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:registry-creds-AbCdEf\"}", JsonAt.Get(json, "/containerDefinitions/0/repositoryCredentials"));
            Assert.Equal("[\"sh\",\"-c\",\"sleep infinity\"]", JsonAt.Get(json, "/containerDefinitions/1/command"));

            (TaskDefinition windows, _) = Emit(BuilderCases.WindowsFsx());
            Assert.Equal(new[] { "credentialspecdomainless:arn:aws:ssm:us-east-1:123456789012:parameter/iis/credspec" }, windows.ContainerDefinitions![0].CredentialSpecs);
        }

        [Fact]
        public void Configure_reaches_the_raw_model_at_both_levels()
        {
            TaskDefinition model = BuilderCases.Raw().Build().Definition;
            Assert.Equal(NetworkMode.Bridge, model.NetworkMode);
            Assert.Equal(("app2", (bool?)true), (model.ContainerDefinitions![0].Name, model.ContainerDefinitions[0].Essential));
        }

        [Fact]
        public void From_copies_an_existing_definition_and_leaves_it_unchanged()
        {
            TaskDefinition original = BuilderCases.FargateWeb().Build().Definition;
            string before = TaskDefinitionJson.Serialize(original);

            TaskDefinition changed = TaskDefinitionBuilder.From(original)
                .Family("web-v2")
                .Container("sidecar", c => c.Image("busybox:1.36").Essential(false))
                .Build().Definition;

            Assert.Equal(before, TaskDefinitionJson.Serialize(original));
            Assert.Equal("web-v2", changed.Family);
            Assert.Equal(2, changed.ContainerDefinitions!.Count);
        }

        [Fact]
        public void Build_is_a_snapshot_later_builder_calls_do_not_change_it()
        {
            TaskDefinitionBuilder builder = BuilderCases.FargateWeb();
            TaskDefinitionBuildResult first = builder.Build();
            string firstJson = first.ToJson(allowErrors: true);

            builder.Family("changed").Container("second", c => c.Image("busybox:1.36"));

            Assert.Equal(firstJson, first.ToJson(allowErrors: true));
            Assert.Equal("web", first.Definition.Family);
            Assert.Equal("changed", builder.Build().Definition.Family);
        }

        [Fact]
        public void Builders_throw_for_missing_lambdas_and_sizes()
        {
            var builder = TaskDefinitionBuilder.Create("x");
            Assert.Throws<System.ArgumentNullException>(() => builder.Container("c", null!));
            Assert.Throws<System.ArgumentNullException>(() => builder.Size(null!));
            Assert.Throws<System.ArgumentNullException>(() => builder.Configure(null!));
            Assert.Throws<System.ArgumentNullException>(() => builder.AppMeshProxy("envoy", null!));
            Assert.Throws<System.ArgumentNullException>(() => TaskDefinitionBuilder.From(null!));
            Assert.Throws<System.ArgumentNullException>(() => new ContainerBuilder("c").HealthCheck(null!));
            Assert.Throws<System.ArgumentNullException>(() => new ContainerBuilder("c").LinuxParameters(null!));
            Assert.Throws<System.ArgumentNullException>(() => new ContainerBuilder("c").Configure(null!));
        }
    }
}
