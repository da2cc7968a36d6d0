using System.Collections.Generic;
using TaskDefKit.Builders.Description;

namespace TaskDefKit.Builders
{
    /// <summary>Collects string options (FireLens router options, Docker volume driver options and labels, …).</summary>
    public sealed class OptionsBuilder
    {
        internal OptionsBuilder()
        {
        }

        /// <summary>The options so far; null while none was added, so an empty map is never written.</summary>
        public Dictionary<string, string>? Options { get; private set; }

        /// <summary>Sets option <paramref name="name"/> (a later call with the same name replaces the value).</summary>
        [Sets("options/{name}=value")]
        public OptionsBuilder Option(string name, string value)
        {
            (Options ??= new Dictionary<string, string>())[name] = value;
            return this;
        }
    }
}
