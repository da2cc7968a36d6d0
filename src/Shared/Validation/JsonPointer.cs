using System.Text;

namespace TaskDefKit.Validation
{
    /// <summary>Builds RFC 6901 JSON pointers; rules call these so every pointer is spelled the same way.</summary>
    public static class JsonPointer
    {
        public const string Root = "";

        /// <summary>Appends a member name, escaping <c>~</c> and <c>/</c>.</summary>
        public static string Member(string parent, string name)
        {
            Guard.ThrowIfNull(parent, nameof(parent));
            Guard.ThrowIfNull(name, nameof(name));
            if (name.IndexOf('~') < 0 && name.IndexOf('/') < 0)
            {
                return parent + "/" + name;
            }

            return parent + "/" + name.Replace("~", "~0").Replace("/", "~1");
        }

        public static string Index(string parent, int index) =>
            parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public static string Container(int index) => Index("/containerDefinitions", index);

        public static string Container(int index, string member) => Member(Container(index), member);

        public static string Volume(int index) => Index("/volumes", index);

        /// <summary>Splits a pointer into its unescaped segments.</summary>
        public static string[] Segments(string pointer)
        {
            Guard.ThrowIfNull(pointer, nameof(pointer));
            if (pointer.Length == 0)
            {
                return new string[0];
            }

            string[] parts = pointer.Substring(1).Split('/');
            for (int i = 0; i < parts.Length; i++)
            {
                if (parts[i].IndexOf('~') >= 0)
                {
                    parts[i] = new StringBuilder(parts[i]).Replace("~1", "/").Replace("~0", "~").ToString();
                }
            }

            return parts;
        }
    }
}
