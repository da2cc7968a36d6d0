using System;

namespace TaskDefKit
{
    /// <summary>Argument checks for public methods, written once for both targets (netstandard2.0 has no ThrowIfNull).</summary>
    internal static class Guard
    {
        /// <summary><paramref name="value"/>, or <see cref="ArgumentNullException"/> naming <paramref name="name"/>.</summary>
        public static T NotNull<T>(T? value, string name)
            where T : class => value ?? throw new ArgumentNullException(name);

        /// <summary>Throws <see cref="ArgumentNullException"/> naming <paramref name="name"/> when <paramref name="value"/> is null.</summary>
        public static void ThrowIfNull(object? value, string name)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name);
            }
        }
    }
}
