using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;

namespace TaskDefKit.Builders
{
    /// <summary>Configures a Docker volume; see <see cref="TaskDefinitionBuilder.DockerVolume"/>.</summary>
    public sealed class DockerVolumeBuilder
    {
        internal DockerVolumeBuilder()
        {
        }

        /// <summary>The Docker volume configuration being built.</summary>
        public DockerVolumeConfiguration Configuration { get; } = new DockerVolumeConfiguration();

        /// <summary>A volume that lives as long as the task (<c>scope: task</c>).</summary>
        [Sets("scope='task'", "autoprovision=null")]
        public DockerVolumeBuilder TaskScoped()
        {
            Configuration.Scope = DockerVolumeScope.Task;
            Configuration.Autoprovision = null;
            return this;
        }

        /// <summary>
        /// A volume that outlives the task (<c>scope: shared</c>); with <paramref name="autoprovision"/> Docker creates it
        /// when it does not exist yet.
        /// </summary>
        [Sets("scope='shared'", "autoprovision=autoprovision?")]
        public DockerVolumeBuilder Shared(bool autoprovision = false)
        {
            Configuration.Scope = DockerVolumeScope.Shared;
            Configuration.Autoprovision = autoprovision ? true : null;
            return this;
        }

        /// <summary>Sets the volume <c>driver</c> (<c>local</c> unless a plugin is installed).</summary>
        [Sets("driver=driver")]
        public DockerVolumeBuilder Driver(string driver)
        {
            Configuration.Driver = driver;
            return this;
        }

        /// <summary>Sets a driver option (<c>driverOpts</c>).</summary>
        [Sets("driverOpts/{name}=value")]
        public DockerVolumeBuilder DriverOption(string name, string value)
        {
            (Configuration.DriverOpts ??= new Dictionary<string, string>())[name] = value;
            return this;
        }

        /// <summary>Sets a volume label.</summary>
        [Sets("labels/{name}=value")]
        public DockerVolumeBuilder Label(string name, string value)
        {
            (Configuration.Labels ??= new Dictionary<string, string>())[name] = value;
            return this;
        }
    }

    /// <summary>Configures an Amazon EFS volume; see <see cref="TaskDefinitionBuilder.EfsVolume"/>.</summary>
    public sealed class EfsVolumeBuilder
    {
        internal EfsVolumeBuilder(string fileSystemId)
        {
            Configuration = new EfsVolumeConfiguration { FileSystemId = fileSystemId };
        }

        /// <summary>The EFS volume configuration being built.</summary>
        public EfsVolumeConfiguration Configuration { get; }

        /// <summary>Mounts this directory of the file system (leave it out, or <c>/</c>, with an access point).</summary>
        [Sets("rootDirectory=rootDirectory")]
        public EfsVolumeBuilder RootDirectory(string rootDirectory)
        {
            Configuration.RootDirectory = rootDirectory;
            return this;
        }

        /// <summary>Encrypts traffic to EFS with TLS (<c>transitEncryption: ENABLED</c>), optionally on a given port.</summary>
        [Sets("transitEncryption='ENABLED'", "transitEncryptionPort=port?")]
        public EfsVolumeBuilder TransitEncryption(int? port = null)
        {
            Configuration.TransitEncryption = EfsTransitEncryption.Enabled;
            Configuration.TransitEncryptionPort = port;
            return this;
        }

        /// <summary>Mounts through an EFS access point (<c>fsap-…</c>). Also enables transit encryption, which AWS requires for it.</summary>
        [Sets("transitEncryption='ENABLED'", "authorizationConfig/accessPointId=accessPointId")]
        public EfsVolumeBuilder AccessPoint(string accessPointId)
        {
            Configuration.TransitEncryption = EfsTransitEncryption.Enabled;
            (Configuration.AuthorizationConfig ??= new EfsAuthorizationConfig()).AccessPointId = accessPointId;
            return this;
        }

        /// <summary>Mounts with the task role's IAM identity (<c>iam: ENABLED</c>). Also enables transit encryption, which AWS requires for it.</summary>
        [Sets("transitEncryption='ENABLED'", "authorizationConfig/iam='ENABLED'")]
        public EfsVolumeBuilder IamAuthorization()
        {
            Configuration.TransitEncryption = EfsTransitEncryption.Enabled;
            (Configuration.AuthorizationConfig ??= new EfsAuthorizationConfig()).Iam = EfsIamAuthorization.Enabled;
            return this;
        }
    }

    /// <summary>Configures an Amazon S3 Files volume; see <see cref="TaskDefinitionBuilder.S3FilesVolume"/>.</summary>
    public sealed class S3FilesVolumeBuilder
    {
        internal S3FilesVolumeBuilder(string fileSystemArn)
        {
            Configuration = new S3FilesVolumeConfiguration { FileSystemArn = fileSystemArn };
        }

        /// <summary>The S3 Files volume configuration being built.</summary>
        public S3FilesVolumeConfiguration Configuration { get; }

        /// <summary>Mounts this directory (leave it out, or <c>/</c>, with an access point).</summary>
        [Sets("rootDirectory=rootDirectory")]
        public S3FilesVolumeBuilder RootDirectory(string rootDirectory)
        {
            Configuration.RootDirectory = rootDirectory;
            return this;
        }

        /// <summary>Mounts through an access point (its ARN).</summary>
        [Sets("accessPointArn=accessPointArn")]
        public S3FilesVolumeBuilder AccessPoint(string accessPointArn)
        {
            Configuration.AccessPointArn = accessPointArn;
            return this;
        }

        /// <summary>Sets the port for encrypted traffic between the host and the file system.</summary>
        [Sets("transitEncryptionPort=port")]
        public S3FilesVolumeBuilder TransitEncryptionPort(int port)
        {
            Configuration.TransitEncryptionPort = port;
            return this;
        }
    }
}
