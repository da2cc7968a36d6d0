using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Analyzers.Builder.Description
{
    /// <summary>
    /// Turns the parts of a binding (constants, arguments) into a value of the model member's kind, the way the
    /// runtime builder converts them: an int into a string member as invariant digits, an array into a string member
    /// joined by commas, parts into a list member as its elements. False when an argument is not a readable constant.
    /// </summary>
    internal static class ArgumentValues
    {
        public static bool TryRead(IInvocationOperation call, IReadOnlyList<ValuePart> parts, MemberSchema member, BuilderTypes types, out object? value)
        {
            value = null;
            if (parts.Count == 1 && parts[0].Kind == ValuePartKind.Null)
            {
                return true; // "member=null" clears a member of any kind
            }

            switch (member.Kind)
            {
                case SchemaKind.List:
                    IList list = member.CreateList!();
                    foreach (ValuePart part in parts)
                    {
                        if (!TryAddElements(call, part, member, types, list))
                        {
                            return false;
                        }
                    }

                    value = list;
                    return true;
                case SchemaKind.String when parts.Count > 1:
                    var text = new System.Text.StringBuilder();
                    foreach (ValuePart part in parts)
                    {
                        if (!TryReadScalar(call, part, member, SchemaKind.String, types, out object? piece) || piece is null)
                        {
                            return false;
                        }

                        text.Append((string)piece);
                    }

                    value = text.ToString();
                    return true;
                default:
                    return parts.Count == 1 && TryReadScalar(call, parts[0], member, member.Kind, types, out value);
            }
        }

        /// <summary>One scalar of <paramref name="kind"/> (a member's, or a list's element kind).</summary>
        public static bool TryReadScalar(IInvocationOperation call, ValuePart part, MemberSchema member, SchemaKind kind, BuilderTypes types, out object? value)
        {
            value = null;
            switch (part.Kind)
            {
                case ValuePartKind.Null:
                    return true;
                case ValuePartKind.EmptyObject:
                    value = kind == SchemaKind.Object ? member.ObjectSchema?.Create() : null;
                    return value != null;
                case ValuePartKind.Literal:
                    return TryConvertLiteral(part.Text, member, kind, out value);
                case ValuePartKind.Conditional:
                    return ConstantValues.TryGetBool(ChainReading.Argument(call, part.Text)?.Value, out bool flag) &&
                           TryConvertLiteral(flag ? part.WhenTrue! : part.WhenFalse!, member, kind, out value);
            }

            IArgumentOperation? argument = ChainReading.Argument(call, part.Text);
            if (argument is null)
            {
                return false;
            }

            if (part.Member != null)
            {
                return TryReadTypedConstant(argument.Value, part.Member, kind, types, out value);
            }

            return TryReadOperation(argument.Value, member, kind, out value);
        }

        public static bool TryReadOperation(IOperation operation, MemberSchema member, SchemaKind kind, out object? value)
        {
            value = null;
            switch (kind)
            {
                case SchemaKind.String:
                    if (ConstantValues.TryGetString(operation, out string? text))
                    {
                        value = text;
                        return true;
                    }

                    if (ConstantValues.TryGetInt(operation, out int number))
                    {
                        value = number.ToString(CultureInfo.InvariantCulture);
                        return true;
                    }

                    // params int[] / string[] into one string member: the runtime joins them with commas.
                    if (ConstantValues.TryGetArray(operation, TryGetText, out List<string>? parts))
                    {
                        value = string.Join(",", parts!);
                        return true;
                    }

                    return false;
                case SchemaKind.Integer:
                    if (ConstantValues.TryGetInt(operation, out int integer) || ConstantValues.TryGetNullableInt(operation, out integer))
                    {
                        value = integer;
                        return true;
                    }

                    return false;
                case SchemaKind.Number:
                    if (ConstantValues.TryGetDouble(operation, out double number2))
                    {
                        value = number2;
                        return true;
                    }

                    return false;
                case SchemaKind.Boolean:
                    if (ConstantValues.TryGetBool(operation, out bool flag))
                    {
                        value = flag;
                        return true;
                    }

                    return false;
                case SchemaKind.Enum:
                    Type? enumType = member.EnumFactory?.Invoke(string.Empty).GetType();
                    if (enumType != null && ConstantValues.TryGetEnum(operation, enumType, out object? found))
                    {
                        value = found;
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>The elements one part adds to a list: a constant, an argument, or each element of an array argument.</summary>
        private static bool TryAddElements(IInvocationOperation call, ValuePart part, MemberSchema member, BuilderTypes types, IList list)
        {
            if (part.Kind == ValuePartKind.Parameter && part.Member is null &&
                ChainReading.Argument(call, part.Text) is { } argument && ConstantValues.Unwrap(argument.Value) is IArrayCreationOperation array)
            {
                if (array.Initializer is null)
                {
                    return false;
                }

                foreach (IOperation element in array.Initializer.ElementValues)
                {
                    if (!TryReadOperation(element, member, member.ElementKind, out object? item) || item is null)
                    {
                        return false;
                    }

                    list.Add(item);
                }

                return true;
            }

            if (!TryReadScalar(call, part, member, member.ElementKind, types, out object? value) || value is null)
            {
                return false;
            }

            list.Add(value);
            return true;
        }

        private static bool TryConvertLiteral(string text, MemberSchema member, SchemaKind kind, out object? value)
        {
            value = null;
            switch (kind)
            {
                case SchemaKind.String:
                    value = text;
                    return true;
                case SchemaKind.Integer when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number):
                    value = number;
                    return true;
                case SchemaKind.Boolean when text == "true" || text == "false":
                    value = text == "true";
                    return true;
                case SchemaKind.Enum when member.EnumFactory != null:
                    value = member.EnumFactory(text);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A member of a typed constant argument: only <c>FargateSize</c> (<c>size.Cpu</c>, <c>size.Memory</c>), whose
        /// values are static properties named after their numbers (<c>FargateSize.Cpu256.Memory512</c>).
        /// </summary>
        private static bool TryReadTypedConstant(IOperation operation, string member, SchemaKind kind, BuilderTypes types, out object? value)
        {
            value = null;
            if (kind != SchemaKind.String || !ConstantValues.TryGetFargateSize(operation, types, out int cpu, out int memory))
            {
                return false;
            }

            switch (member)
            {
                case "Cpu":
                    value = cpu.ToString(CultureInfo.InvariantCulture);
                    return true;
                case "Memory":
                    value = memory.ToString(CultureInfo.InvariantCulture);
                    return true;
                default:
                    return false;
            }
        }

        private static bool TryGetText(IOperation element, out string value)
        {
            value = string.Empty;
            if (ConstantValues.TryGetString(element, out string? text) && text != null)
            {
                value = text;
                return true;
            }

            if (ConstantValues.TryGetInt(element, out int number))
            {
                value = number.ToString(CultureInfo.InvariantCulture);
                return true;
            }

            return false;
        }
    }
}
