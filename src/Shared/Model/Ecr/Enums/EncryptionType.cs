using System;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>ECR API enumeration EncryptionType. Unknown values are kept as they are.</summary>
    /// <remarks>ECR API model shape <c>EncryptionType</c>.</remarks>
    public readonly struct EncryptionType : IEquatable<EncryptionType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public EncryptionType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>AES256</c></summary>
        public static EncryptionType Aes256 { get; } = new EncryptionType("AES256");

        /// <summary><c>KMS</c></summary>
        public static EncryptionType Kms { get; } = new EncryptionType("KMS");

        /// <summary><c>KMS_DSSE</c></summary>
        public static EncryptionType KmsDsse { get; } = new EncryptionType("KMS_DSSE");

        /// <summary>The values listed by the ECR API model, in its order.</summary>
        public static EncryptionType[] KnownValues => new[] { Aes256, Kms, KmsDsse };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "AES256":
                    case "KMS":
                    case "KMS_DSSE":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(EncryptionType left, EncryptionType right) => left.Equals(right);

        public static bool operator !=(EncryptionType left, EncryptionType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(EncryptionType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EncryptionType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
