using System;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Validation
{
    /// <summary>What a service rule needs: the CreateService input, its task definition when known, and <see cref="EcsInputValidationContext.Report"/>.</summary>
    public sealed class ServiceValidationContext : EcsInputValidationContext
    {
        public ServiceValidationContext(ServiceDefinition service, TaskDefinition? taskDefinition = null, ValidationOptions? options = null, ServiceSurroundings? surroundings = null)
            : base(taskDefinition, options)
        {
            Surroundings = surroundings ?? ServiceSurroundings.Unknown;
            Service = service ?? throw new ArgumentNullException(nameof(service));
            Launch = new TaskLaunch(service.LaunchType, service.CapacityProviderStrategy, service.NetworkConfiguration, service.PlatformVersion, "service");
        }

        /// <summary>The CreateService input.</summary>
        public ServiceDefinition Service { get; }

        /// <summary>What is known around the service (never null; "nothing known" by default).</summary>
        public ServiceSurroundings Surroundings { get; }

        /// <summary>Where and how the service's tasks run: the members it shares with RunTask.</summary>
        public TaskLaunch Launch { get; }
    }
}
