namespace TaskDefKit.Validation.Support
{
    /// <summary>
    /// A container image reference split into registry host, repository path, tag and digest (TDK2003–TDK2007), by
    /// offsets into the original string so that parsing allocates nothing; the parts are materialised only on demand.
    /// </summary>
    /// <remarks>
    /// Splitting follows the Docker reference grammar (<c>distribution/reference</c>): the digest is everything after
    /// the first <c>@</c>; the tag is the text after the last <c>:</c> that follows the last <c>/</c> of the name; the
    /// first path component is a registry host when there is more than one component and it contains <c>.</c> or
    /// <c>:</c> or is <c>localhost</c>. The parser never fails: checking the parts is up to the rules.
    /// </remarks>
    internal readonly struct ImageReference
    {
        private ImageReference(string text, int nameLength, int hostLength, int repositoryStart, int tagStart, int digestStart)
        {
            Text = text;
            NameLength = nameLength;
            HostLength = hostLength;
            RepositoryStart = repositoryStart;
            TagStart = tagStart;
            DigestStart = digestStart;
        }

        /// <summary>The whole reference as written.</summary>
        public string Text { get; }

        /// <summary>Characters before the <c>@</c> (the whole text when there is no digest).</summary>
        public int NameLength { get; }

        /// <summary>Length of the registry host (with any <c>:port</c>); 0 when there is none.</summary>
        public int HostLength { get; }

        /// <summary>Where the repository path starts (after <c>host/</c>).</summary>
        public int RepositoryStart { get; }

        /// <summary>Where the tag starts (after its <c>:</c>); -1 when there is no tag.</summary>
        public int TagStart { get; }

        /// <summary>Where the digest starts (after the <c>@</c>); -1 when there is no digest.</summary>
        public int DigestStart { get; }

        public bool HasHost => HostLength > 0;

        public bool HasTag => TagStart >= 0;

        public bool HasDigest => DigestStart >= 0;

        /// <summary>Length of the repository path (up to the tag separator or the digest).</summary>
        public int RepositoryLength => (HasTag ? TagStart - 1 : NameLength) - RepositoryStart;

        public int TagLength => HasTag ? NameLength - TagStart : 0;

        public int DigestLength => HasDigest ? Text.Length - DigestStart : 0;

        /// <summary>The registry host (e.g. <c>quay.io</c>, <c>localhost:5000</c>), or null.</summary>
        public string? Host => HasHost ? Text.Substring(0, HostLength) : null;

        /// <summary>The repository path (e.g. <c>library/nginx</c>, <c>nginx</c>).</summary>
        public string Repository => Text.Substring(RepositoryStart, RepositoryLength);

        /// <summary>The tag without its <c>:</c>, or null.</summary>
        public string? Tag => HasTag ? Text.Substring(TagStart, TagLength) : null;

        /// <summary>The digest without the <c>@</c> (e.g. <c>sha256:…</c>), or null.</summary>
        public string? Digest => HasDigest ? Text.Substring(DigestStart) : null;

        /// <summary>Splits <paramref name="image"/>; never fails.</summary>
        public static ImageReference Parse(string image)
        {
            int at = image.IndexOf('@');
            int nameLength = at < 0 ? image.Length : at;
            int digestStart = at < 0 ? -1 : at + 1;

            int firstSlash = -1, lastSlash = -1, lastColon = -1;
            for (int i = 0; i < nameLength; i++)
            {
                char c = image[i];
                if (c == '/')
                {
                    lastSlash = i;
                    if (firstSlash < 0)
                    {
                        firstSlash = i;
                    }
                }
                else if (c == ':')
                {
                    lastColon = i;
                }
            }

            int tagStart = lastColon > lastSlash ? lastColon + 1 : -1;
            int hostLength = firstSlash > 0 && IsRegistryHost(image, firstSlash) ? firstSlash : 0;
            int repositoryStart = hostLength > 0 ? hostLength + 1 : 0;
            return new ImageReference(image, nameLength, hostLength, repositoryStart, tagStart, digestStart);
        }

        /// <summary>Characters ECS accepts in an image string: letters, digits, <c>- _ : . / #</c> (and <c>@</c> before a digest).</summary>
        public static bool IsAllowedImageChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == ':' || c == '.' || c == '/' || c == '#';

        /// <summary>The index of the first character ECS does not accept in the name part, or -1.</summary>
        public int FirstInvalidNameChar()
        {
            for (int i = 0; i < NameLength; i++)
            {
                if (!IsAllowedImageChar(Text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The digest is <c>sha256:</c> followed by exactly 64 hex digits (either case).</summary>
        public bool DigestIsSha256(bool lowercaseOnly = false)
        {
            const string Prefix = "sha256:";
            if (!HasDigest || DigestLength != Prefix.Length + 64 ||
                string.CompareOrdinal(Text, DigestStart, Prefix, 0, Prefix.Length) != 0)
            {
                return false;
            }

            for (int i = DigestStart + Prefix.Length; i < Text.Length; i++)
            {
                char c = Text[i];
                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (!lowercaseOnly && c >= 'A' && c <= 'F');
                if (!hex)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The tag matches <c>^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$</c>.</summary>
        public bool TagIsValid()
        {
            int length = TagLength;
            if (!HasTag || length < 1 || length > 128)
            {
                return false;
            }

            for (int i = TagStart; i < NameLength; i++)
            {
                char c = Text[i];
                bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                if (!word && (i == TagStart || (c != '.' && c != '-')))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when the tag is exactly <c>latest</c>.</summary>
        public bool TagIsLatest() =>
            TagLength == 6 && string.CompareOrdinal(Text, TagStart, "latest", 0, 6) == 0;

        /// <summary>
        /// The repository path is <c>component(/component)*</c> with each component
        /// <c>[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*</c> (the Docker reference grammar: lowercase only).
        /// </summary>
        public bool RepositoryIsCanonical() => IsCanonicalPath(Text, RepositoryStart, RepositoryLength);

        /// <summary>True when the repository path contains an upper-case letter.</summary>
        public bool RepositoryHasUpperCase()
        {
            int end = RepositoryStart + RepositoryLength;
            for (int i = RepositoryStart; i < end; i++)
            {
                if (Text[i] >= 'A' && Text[i] <= 'Z')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Checks <c>component(/component)*</c> in <c>text[start, start+length)</c>.</summary>
        public static bool IsCanonicalPath(string text, int start, int length, bool singleSeparators = false)
        {
            if (length <= 0)
            {
                return false;
            }

            int end = start + length;
            int componentStart = start;
            for (int i = start; i <= end; i++)
            {
                if (i == end || text[i] == '/')
                {
                    if (!IsPathComponent(text, componentStart, i - componentStart, singleSeparators))
                    {
                        return false;
                    }

                    componentStart = i + 1;
                }
            }

            return true;
        }

        /// <summary>
        /// Checks one component <c>[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*</c>; with <paramref name="singleSeparators"/>
        /// the ECR Public form <c>[a-z0-9]+(?:[._-][a-z0-9]+)*</c>.
        /// </summary>
        public static bool IsPathComponent(string text, int start, int length, bool singleSeparators = false)
        {
            if (length <= 0)
            {
                return false;
            }

            int end = start + length;
            int i = start;
            while (true)
            {
                // [a-z0-9]+
                int alnumStart = i;
                while (i < end && IsLowerAlnum(text[i]))
                {
                    i++;
                }

                if (i == alnumStart)
                {
                    return false;
                }

                if (i == end)
                {
                    return true;
                }

                // separator: "." | "_" | "__" | "-"+
                char c = text[i];
                if (c == '.')
                {
                    i++;
                }
                else if (c == '_')
                {
                    i++;
                    if (!singleSeparators && i < end && text[i] == '_')
                    {
                        i++;
                    }
                }
                else if (c == '-')
                {
                    i++;
                    while (!singleSeparators && i < end && text[i] == '-')
                    {
                        i++;
                    }
                }
                else
                {
                    return false;
                }
            }
        }

        /// <summary>
        /// The host looks like an Amazon ECR private registry: it contains <c>.amazonaws.com</c> and <c>.dkr.ecr.</c>
        /// (or the FIPS form <c>.dkr.ecr-fips.</c>); <see cref="EcrPrivateHostIsValid"/> then checks it exactly.
        /// </summary>
        public bool IsEcrPrivate()
        {
            if (!HasHost)
            {
                return false;
            }

            string text = Text;
            int end = HostLength;
            return IndexOf(text, end, ".amazonaws.com") >= 0 &&
                   (IndexOf(text, end, ".dkr.ecr.") >= 0 || IndexOf(text, end, ".dkr.ecr-fips.") >= 0);
        }

        /// <summary>The host is the Amazon ECR Public registry <c>public.ecr.aws</c>.</summary>
        public bool IsEcrPublic() =>
            HostLength == 14 && string.CompareOrdinal(Text, 0, "public.ecr.aws", 0, 14) == 0;

        /// <summary>
        /// An ECR private host is exactly <c>^[0-9]{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$</c>.
        /// </summary>
        public bool EcrPrivateHostIsValid()
        {
            string text = Text;
            int end = HostLength;
            if (EndsWith(text, end, ".amazonaws.com.cn"))
            {
                end -= ".amazonaws.com.cn".Length;
            }
            else if (EndsWith(text, end, ".amazonaws.com"))
            {
                end -= ".amazonaws.com".Length;
            }
            else
            {
                return false;
            }

            int i = 12;
            if (end <= i || !IsDigitsRange(text, 0, 12))
            {
                return false;
            }

            if (StartsAt(text, i, end, ".dkr.ecr."))
            {
                i += ".dkr.ecr.".Length;
            }
            else if (StartsAt(text, i, end, ".dkr.ecr-fips."))
            {
                i += ".dkr.ecr-fips.".Length;
            }
            else
            {
                return false;
            }

            if (i >= end)
            {
                return false;
            }

            for (; i < end; i++)
            {
                char c = text[i];
                if (!IsLowerAlnum(c) && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool EndsWith(string text, int end, string suffix) =>
            end >= suffix.Length && string.CompareOrdinal(text, end - suffix.Length, suffix, 0, suffix.Length) == 0;

        private static bool StartsAt(string text, int start, int end, string value) =>
            end - start >= value.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;

        private static int IndexOf(string text, int end, string value)
        {
            for (int i = 0; i + value.Length <= end; i++)
            {
                if (string.CompareOrdinal(text, i, value, 0, value.Length) == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsDigitsRange(string text, int start, int length)
        {
            for (int i = start; i < start + length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLowerAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

        private static bool IsRegistryHost(string text, int length)
        {
            if (length == 9 && string.CompareOrdinal(text, 0, "localhost", 0, 9) == 0)
            {
                return true;
            }

            for (int i = 0; i < length; i++)
            {
                if (text[i] == '.' || text[i] == ':')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
