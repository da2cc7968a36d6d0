using System;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Cli.Import.Ecs
{
    /// <summary>
    /// A create-service input as <c>ServiceBuilder</c> code: <c>.Cluster</c>, <c>.TaskDefinition("family:rev")</c>,
    /// <c>.CapacityProviders(CapacityStrategy…)</c>, <c>.AwsVpcNetwork(…)</c>, <c>.Deployment(DeploymentPreset…)</c> where a
    /// preset is exactly the input's deployment, <c>.LoadBalancer</c>, <c>.ServiceRegistry</c>, <c>.Tag</c> …; the rest
    /// through <c>.Configure</c>.
    /// </summary>
    internal static class ServiceCodeWriter
    {
        private static readonly Dictionary<string, Func<EcsChainWriter, ServiceDefinition, bool>> s_handlers = new Dictionary<string, Func<EcsChainWriter, ServiceDefinition, bool>>(StringComparer.Ordinal)
        {
            ["cluster"] = (w, s) => w.Wrote("Cluster(" + CSharpValues.String(s.Cluster) + ")"),
            ["taskDefinition"] = (w, s) => w.Wrote("TaskDefinition(" + CSharpValues.String(s.TaskDefinition) + ")"),
            ["desiredCount"] = (w, s) => w.Wrote("DesiredCount(" + EcsIdioms.Int(s.DesiredCount!.Value) + ")"),
            ["schedulingStrategy"] = (w, s) => s.SchedulingStrategy == Model.SchedulingStrategy.Replica ? w.Wrote("Replica()")
                : s.SchedulingStrategy == Model.SchedulingStrategy.Daemon && w.Wrote("Daemon()"),
            ["launchType"] = (w, s) => w.Wrote(EcsIdioms.Launch(s.LaunchType!.Value)),
            ["capacityProviderStrategy"] = (w, s) => EcsIdioms.Capacity(s.CapacityProviderStrategy) is string strategy && w.Wrote("CapacityProviders(" + strategy + ")"),
            ["platformVersion"] = (w, s) => w.Wrote("PlatformVersion(" + CSharpValues.String(s.PlatformVersion) + ")"),
            ["networkConfiguration"] = (w, s) => EcsIdioms.Network(s.NetworkConfiguration) is string network && w.Wrote(network),
            ["loadBalancers"] = (w, s) => LoadBalancers(w, s.LoadBalancers!),
            ["healthCheckGracePeriodSeconds"] = (w, s) => w.Wrote("HealthCheckGracePeriod(" + EcsIdioms.Int(s.HealthCheckGracePeriodSeconds!.Value) + ")"),
            ["deploymentConfiguration"] = (w, s) => Deployment(w, s),
            ["deploymentController"] = (w, s) => s.DeploymentController is { Type: DeploymentControllerType type, AdditionalMembers: null } &&
                w.Wrote("DeploymentController(" + CSharpValues.Enum(type) + ")"),
            ["serviceRegistries"] = (w, s) => ServiceRegistries(w, s.ServiceRegistries!),
            ["vpcLatticeConfigurations"] = (w, s) => VpcLattice(w, s.VpcLatticeConfigurations!),
            ["availabilityZoneRebalancing"] = (w, s) => w.Wrote("AvailabilityZoneRebalancing(" + CSharpValues.Enum(s.AvailabilityZoneRebalancing!.Value) + ")"),
            ["role"] = (w, s) => w.Wrote("Role(" + CSharpValues.String(s.Role) + ")"),
            ["tags"] = (w, s) => EcsIdioms.Tags(w, s.Tags),
            ["propagateTags"] = (w, s) => w.Wrote("PropagateTags(" + CSharpValues.Enum(s.PropagateTags!.Value) + ")"),
            ["enableECSManagedTags"] = (w, s) => w.Wrote(EcsIdioms.Flag("EnableEcsManagedTags", s.EnableEcsManagedTags!.Value)),
            ["enableExecuteCommand"] = (w, s) => w.Wrote(EcsIdioms.Flag("EnableExecuteCommand", s.EnableExecuteCommand!.Value)),
            ["clientToken"] = (w, s) => w.Wrote("ClientToken(" + CSharpValues.String(s.ClientToken) + ")"),
        };

        /// <summary>The expression from <c>ServiceBuilder.Create(…)</c> to <c>.Build()</c>.</summary>
        public static string Expression(ServiceDefinition service)
        {
            var writer = new EcsChainWriter(ServiceDefinition.Schema, service, "s");
            string chain = writer.Write(EcsChainWriter.Bind(s_handlers, service), new HashSet<string>(StringComparer.Ordinal) { "serviceName" });
            if (service.DeploymentConfiguration is null && AddsDefaultDeployment(service))
            {
                // Build() adds the rolling preset's circuit breaker to a service that chose no deployment; this input has none.
                chain += EcsChainWriter.Line("Deployment(DeploymentPreset.RollingWithoutCircuitBreaker())");
            }

            string create = "ServiceBuilder.Create(" + CSharpValues.String(service.ServiceName ?? string.Empty) + ")";
            if (service.ServiceName is null)
            {
                chain += EcsChainWriter.Line("Configure(s => s.ServiceName = null)");
            }

            return create + chain + EcsChainWriter.Line("Build()");
        }

        /// <summary>Whether <c>Build()</c> would add the default deployment (the ECS controller, no strategy other than rolling, no breaker).</summary>
        private static bool AddsDefaultDeployment(ServiceDefinition service)
        {
            DeploymentControllerType? controller = service.DeploymentController?.Type;
            return !(controller.HasValue && controller.Value != DeploymentControllerType.Ecs);
        }

        /// <summary>A preset when the input's deployment is exactly one (alarms and lifecycle hooks added on top); otherwise configured whole.</summary>
        private static bool Deployment(EcsChainWriter writer, ServiceDefinition service)
        {
            DeploymentConfiguration d = service.DeploymentConfiguration!;
            string? preset = Preset(d);
            if (preset is null || (d.Alarms != null && Alarms(d.Alarms) is null) || (d.LifecycleHooks != null && Hooks(d.LifecycleHooks) is null))
            {
                if (AddsDefaultDeployment(service) && d.DeploymentCircuitBreaker is null && (d.Strategy is null || d.Strategy == DeploymentStrategy.Rolling))
                {
                    writer.Call("Deployment(DeploymentPreset.RollingWithoutCircuitBreaker())");
                }

                return false;
            }

            writer.Call("Deployment(DeploymentPreset." + preset + ")");
            if (d.Alarms != null)
            {
                writer.Call(Alarms(d.Alarms)!);
            }

            foreach (string hook in d.LifecycleHooks != null ? Hooks(d.LifecycleHooks)! : new List<string>())
            {
                writer.Call(hook);
            }

            return true;
        }

        private static string? Preset(DeploymentConfiguration d)
        {
            if (d.AdditionalMembers != null)
            {
                return null;
            }

            bool percentsOnly = d.BakeTimeInMinutes is null && d.LinearConfiguration is null && d.CanaryConfiguration is null;
            string percents = string.Join(", ", new[]
            {
                d.MinimumHealthyPercent is int min ? "minimumHealthyPercent: " + EcsIdioms.Int(min) : null,
                d.MaximumPercent is int max ? "maximumPercent: " + EcsIdioms.Int(max) : null,
            }.Where(a => a != null));
            if (d.Strategy is null && percentsOnly && d.DeploymentCircuitBreaker is { Enable: true, Rollback: true, AdditionalMembers: null })
            {
                return "Rolling(" + percents + ")";
            }

            if (d.Strategy is null && percentsOnly && d.DeploymentCircuitBreaker is null)
            {
                return "RollingWithoutCircuitBreaker(" + percents + ")";
            }

            bool onlyStrategy = d.DeploymentCircuitBreaker is null && d.MinimumHealthyPercent is null && d.MaximumPercent is null && d.BakeTimeInMinutes is int;
            if (!onlyStrategy)
            {
                return null;
            }

            int bake = d.BakeTimeInMinutes!.Value;
            if (d.Strategy == DeploymentStrategy.BlueGreen && d.LinearConfiguration is null && d.CanaryConfiguration is null)
            {
                return "BlueGreen(" + EcsIdioms.Int(bake) + ")";
            }

            if (d.Strategy == DeploymentStrategy.Linear && d.CanaryConfiguration is null &&
                d.LinearConfiguration is { StepPercent: double step, StepBakeTimeInMinutes: int stepBake, AdditionalMembers: null })
            {
                return "Linear(" + Double(step) + ", " + EcsIdioms.Int(stepBake) + ", " + EcsIdioms.Int(bake) + ")";
            }

            if (d.Strategy == DeploymentStrategy.Canary && d.LinearConfiguration is null &&
                d.CanaryConfiguration is { CanaryPercent: double percent, CanaryBakeTimeInMinutes: int canaryBake, AdditionalMembers: null })
            {
                return "Canary(" + Double(percent) + ", " + EcsIdioms.Int(canaryBake) + ", " + EcsIdioms.Int(bake) + ")";
            }

            return null;
        }

        private static string Double(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        private static string? Alarms(DeploymentAlarms alarms) =>
            alarms is { Enable: true, Rollback: bool rollback, AlarmNames: { } names, AdditionalMembers: null } && !names.Contains(null!)
                ? "DeploymentAlarms(new[] { " + EcsChainWriter.Strings(names) + " }" + (rollback ? string.Empty : ", rollback: false") + ")"
                : null;

        private static List<string>? Hooks(List<DeploymentLifecycleHook> hooks)
        {
            var calls = new List<string>();
            foreach (DeploymentLifecycleHook hook in hooks)
            {
                if (hook is not { HookTargetArn: not null, RoleArn: not null, LifecycleStages: { } stages, TargetType: null, HookDetails: null, TimeoutConfiguration: null, AdditionalMembers: null })
                {
                    return null;
                }

                string stageList = string.Join(string.Empty, stages.ConvertAll(stage => ", " + CSharpValues.Enum(stage)));
                calls.Add("LifecycleHook(" + CSharpValues.String(hook.HookTargetArn) + ", " + CSharpValues.String(hook.RoleArn) + stageList + ")");
            }

            return calls;
        }

        private static bool LoadBalancers(EcsChainWriter writer, List<LoadBalancer> loadBalancers)
        {
            var calls = new List<string>();
            foreach (LoadBalancer lb in loadBalancers)
            {
                if (lb is { TargetGroupArn: not null, LoadBalancerName: null, ContainerName: not null, ContainerPort: int port, AdvancedConfiguration: null, AdditionalMembers: null })
                {
                    calls.Add("LoadBalancer(" + CSharpValues.String(lb.TargetGroupArn) + ", " + CSharpValues.String(lb.ContainerName) + ", " + EcsIdioms.Int(port) + ")");
                }
                else if (lb is { TargetGroupArn: not null, LoadBalancerName: null, ContainerName: not null, ContainerPort: int bluePort, AdditionalMembers: null } &&
                         lb.AdvancedConfiguration is { AlternateTargetGroupArn: not null, ProductionListenerRule: not null, RoleArn: not null, AdditionalMembers: null } advanced)
                {
                    // Blue/green, linear and canary deployments: the alternate target group and the listener rule ECS shifts.
                    calls.Add("LoadBalancer(" + CSharpValues.String(lb.TargetGroupArn) + ", lb => lb.Container(" + CSharpValues.String(lb.ContainerName) + ", " + EcsIdioms.Int(bluePort) + ")" +
                              ".BlueGreen(" + CSharpValues.String(advanced.AlternateTargetGroupArn) + ", " + CSharpValues.String(advanced.ProductionListenerRule) + ", " +
                              CSharpValues.String(advanced.RoleArn) + (advanced.TestListenerRule is null ? string.Empty : ", " + CSharpValues.String(advanced.TestListenerRule)) + "))");
                }
                else if (lb is { TargetGroupArn: null, LoadBalancerName: not null, ContainerName: not null, ContainerPort: int classicPort, AdvancedConfiguration: null, AdditionalMembers: null })
                {
                    calls.Add("ClassicLoadBalancer(" + CSharpValues.String(lb.LoadBalancerName) + ", " + CSharpValues.String(lb.ContainerName) + ", " + EcsIdioms.Int(classicPort) + ")");
                }
                else
                {
                    return false;
                }
            }

            calls.ForEach(writer.Call);
            return true;
        }

        private static bool ServiceRegistries(EcsChainWriter writer, List<ServiceRegistry> registries)
        {
            if (!registries.TrueForAll(r => r is { RegistryArn: not null, AdditionalMembers: null }))
            {
                return false;
            }

            registries.ForEach(r => writer.Call("ServiceRegistry(" + CSharpValues.String(r.RegistryArn) +
                EcsChainWriter.Named("containerName", r.ContainerName is null ? null : CSharpValues.String(r.ContainerName)) +
                EcsChainWriter.Named("containerPort", r.ContainerPort is int cp ? EcsIdioms.Int(cp) : null) +
                EcsChainWriter.Named("port", r.Port is int p ? EcsIdioms.Int(p) : null) + ")"));
            return true;
        }

        private static bool VpcLattice(EcsChainWriter writer, List<VpcLatticeConfiguration> lattice)
        {
            if (!lattice.TrueForAll(l => l is { RoleArn: not null, TargetGroupArn: not null, PortName: not null, AdditionalMembers: null }))
            {
                return false;
            }

            lattice.ForEach(l => writer.Call("VpcLattice(" + CSharpValues.String(l.RoleArn) + ", " + CSharpValues.String(l.TargetGroupArn) + ", " + CSharpValues.String(l.PortName) + ")"));
            return true;
        }
    }
}
