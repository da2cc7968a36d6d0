using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// Reads compile-time values from operations: literals and <c>const</c> (through the compiler's constant value), the
    /// model's enumeration members (<c>NetworkMode.AwsVpc</c>: static properties of the shared value types, mapped to the
    /// analyzer's own copy of the same type) and the typed Fargate sizes (<c>FargateSize.Cpu256.Memory512</c>).
    /// Anything else is unknown: the callers skip what depends on it.
    /// </summary>
    internal static class ConstantValues
    {
        private static readonly ConcurrentDictionary<string, object?> s_enumMembers = new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);

        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion && conversion.Operand != null)
            {
                if (conversion.ConstantValue.HasValue)
                {
                    return conversion;
                }

                operation = conversion.Operand;
            }

            return operation;
        }

        public static bool TryGetString(IOperation? operation, out string? value)
        {
            value = null;
            if (operation is null)
            {
                return false;
            }

            Optional<object?> constant = operation.ConstantValue;
            if (constant.HasValue && (constant.Value is null || constant.Value is string))
            {
                value = (string?)constant.Value;
                return true;
            }

            return false;
        }

        public static bool TryGetInt(IOperation? operation, out int value)
        {
            value = 0;
            if (operation is null)
            {
                return false;
            }

            Optional<object?> constant = operation.ConstantValue;
            if (constant.HasValue && constant.Value is int number)
            {
                value = number;
                return true;
            }

            return false;
        }

        /// <summary>A constant for an <c>int?</c> parameter: the constant under the implicit nullable conversion.</summary>
        public static bool TryGetNullableInt(IOperation? operation, out int value)
        {
            if (operation is IConversionOperation { Conversion: { IsNullable: true, IsImplicit: true }, Operand: { } operand })
            {
                operation = operand;
            }

            return TryGetInt(operation, out value);
        }

        /// <summary>A constant number for a <c>double</c> (or <c>double?</c>) parameter: under its implicit conversions.</summary>
        public static bool TryGetDouble(IOperation? operation, out double value)
        {
            value = 0;
            while (operation is IConversionOperation { IsImplicit: true } conversion && !conversion.ConstantValue.HasValue)
            {
                operation = conversion.Operand;
            }

            if (operation is null || !operation.ConstantValue.HasValue)
            {
                return false;
            }

            switch (operation.ConstantValue.Value)
            {
                case double d:
                    value = d;
                    return true;
                case int i:
                    value = i;
                    return true;
                case float f:
                    value = f;
                    return true;
                default:
                    return false;
            }
        }

        public static bool TryGetBool(IOperation? operation, out bool value)
        {
            value = false;
            if (operation is null)
            {
                return false;
            }

            Optional<object?> constant = operation.ConstantValue;
            if (constant.HasValue && constant.Value is bool flag)
            {
                value = flag;
                return true;
            }

            return false;
        }

        /// <summary>A model enumeration member such as <c>NetworkMode.AwsVpc</c>, as the analyzer's own value of that type.</summary>
        public static bool TryGetEnum<T>(IOperation? operation, out T value)
            where T : struct
        {
            bool found = TryGetEnum(operation, typeof(T), out object? member) && member is T;
            value = found ? (T)member! : default;
            return found;
        }

        /// <summary>A model enumeration member of <paramref name="type"/> (the analyzer's own copy of the model type).</summary>
        public static bool TryGetEnum(IOperation? operation, Type type, out object? value)
        {
            value = null;
            if (operation is null)
            {
                return false;
            }

            IOperation unwrapped = Unwrap(operation);
            if (unwrapped is IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true } property } &&
                property.ContainingType is { } containing &&
                containing.Name == type.Name &&
                containing.ContainingNamespace?.ToDisplayString() == type.Namespace &&
                type.Namespace != null && type.Namespace.StartsWith(BuilderTypes.ModelNamespace, StringComparison.Ordinal))
            {
                value = FindEnumMember(type, property.Name);
            }

            return value != null;
        }

        /// <summary>A typed Fargate size (<c>FargateSize.Cpu256.Memory512</c>) as (cpu units, memory MiB).</summary>
        public static bool TryGetFargateSize(IOperation? operation, BuilderTypes types, out int cpu, out int memory)
        {
            cpu = 0;
            memory = 0;
            if (operation is null)
            {
                return false;
            }

            IOperation unwrapped = Unwrap(operation);
            if (unwrapped is IPropertyReferenceOperation { Property: { } memoryProperty } memoryReference &&
                BuilderTypes.Is(memoryProperty.Type, types.FargateSize) &&
                memoryReference.Instance is IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true } cpuProperty } &&
                BuilderTypes.Is(cpuProperty.ContainingType, types.FargateSize) &&
                TryNumberAfter(cpuProperty.Name, "Cpu", out cpu) &&
                TryNumberAfter(memoryProperty.Name, "Memory", out memory))
            {
                return true;
            }

            return false;
        }

        /// <summary>Reads one constant element of an array argument.</summary>
        public delegate bool ElementReader<T>(IOperation element, out T value);

        /// <summary>A <c>params T[]</c> (or array) argument whose every element is a constant the reader accepts.</summary>
        public static bool TryGetArray<T>(IOperation? operation, ElementReader<T> read, out List<T>? values)
        {
            values = null;
            if (operation is null || !(Unwrap(operation) is IArrayCreationOperation { Initializer: { } initializer }))
            {
                return false;
            }

            var list = new List<T>(initializer.ElementValues.Length);
            foreach (IOperation element in initializer.ElementValues)
            {
                if (!read(element, out T value))
                {
                    return false;
                }

                list.Add(value);
            }

            values = list;
            return true;
        }

        private static bool TryNumberAfter(string name, string prefix, out int number)
        {
            number = 0;
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length == prefix.Length)
            {
                return false;
            }

            for (int i = prefix.Length; i < name.Length; i++)
            {
                char c = name[i];
                if (c < '0' || c > '9' || number > 1000000)
                {
                    return false;
                }

                number = (number * 10) + (c - '0');
            }

            return true;
        }

        private static object? FindEnumMember(Type type, string member) =>
            s_enumMembers.GetOrAdd(type.FullName + "." + member, _ =>
            {
                PropertyInfo? property = type.GetProperty(member, BindingFlags.Public | BindingFlags.Static);
                return property != null && property.PropertyType == type ? property.GetValue(null) : null;
            });
    }
}
