using System.Globalization;
using TaskDefKit.Model;

namespace TaskDefKit.Validation.Support
{
    /// <summary>Message fragments shared by the TDK3xxx and TDK4xxx rules; called only when a finding is reported.</summary>
    internal static class Tdk3Text
    {
        /// <summary><c>Container 'web'</c>, or <c>Container #2</c> when the container has no name.</summary>
        public static string Container(ContainerDefinition container, int index) =>
            string.IsNullOrEmpty(container.Name)
                ? "Container #" + index.ToString(CultureInfo.InvariantCulture)
                : "Container '" + container.Name + "'";

        /// <summary><c>Volume 'data'</c>, or <c>Volume #1</c> when the volume has no name.</summary>
        public static string Volume(Volume volume, int index) =>
            string.IsNullOrEmpty(volume.Name)
                ? "Volume #" + index.ToString(CultureInfo.InvariantCulture)
                : "Volume '" + volume.Name + "'";

        /// <summary><c>container 'web'</c>, or <c>container #2</c>, for use inside a sentence.</summary>
        public static string ContainerLower(ContainerDefinition container, int index) => "c" + Container(container, index).Substring(1);

        /// <summary><c>volume 'data'</c>, or <c>volume #1</c>, for use inside a sentence.</summary>
        public static string VolumeLower(Volume volume, int index) => "v" + Volume(volume, index).Substring(1);

        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
