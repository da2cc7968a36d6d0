using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using TaskDefKit.Model;

namespace TaskDefKit.Tests.Api
{
    /// <summary>
    /// Every public method and constructor of the runtime assembly, called with null for each reference parameter in
    /// turn (the others given ordinary values): it either accepts the null (a builder value such as
    /// <c>DockerLabel("k", null)</c> becomes a finding when validated) or refuses it with <see cref="ArgumentException"/>
    /// (usually <see cref="ArgumentNullException"/>); nothing ever throws <see cref="NullReferenceException"/> or
    /// anything else. Reflection is fine here, in a test. Attributes are left out: the generator reads their arguments
    /// at compile time and reports nulls there.
    /// </summary>
    public sealed class NullArgumentTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("tdk-null-args-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void No_public_method_throws_NullReferenceException_for_a_null_argument()
        {
            var failures = new List<string>();
            int calls = 0;
            foreach (Type type in typeof(TaskDefinition).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (type.IsGenericTypeDefinition || typeof(Delegate).IsAssignableFrom(type) || typeof(Attribute).IsAssignableFrom(type))
                {
                    continue;
                }

                foreach (MethodBase method in Members(type))
                {
                    ParameterInfo[] parameters = method.GetParameters();
                    for (int p = 0; p < parameters.Length; p++)
                    {
                        Type parameterType = parameters[p].ParameterType;
                        if (parameterType.IsValueType || parameterType.IsByRef || parameterType.IsPointer)
                        {
                            continue;
                        }

                        object?[]? arguments = Arguments(parameters, p);
                        object? target = method.IsStatic || method is ConstructorInfo ? null : Instance(type, 0);
                        if (arguments is null || (target is null && !method.IsStatic && method is not ConstructorInfo))
                        {
                            continue;
                        }

                        calls++;
                        string where = type.Name + "." + method.Name + "(" + string.Join(", ", parameters.Select(x => x.ParameterType.Name)) + ") with null " + parameters[p].Name;
                        try
                        {
                            if (method is ConstructorInfo constructor)
                            {
                                constructor.Invoke(arguments);
                            }
                            else
                            {
                                object? result = method.Invoke(target, arguments);
                                if (result is IEnumerable sequence and not string)
                                {
                                    // Iterators check their arguments only when enumerated.
                                    foreach (object? unused in sequence)
                                    {
                                    }
                                }
                            }
                        }
                        catch (TargetInvocationException exception) when (exception.InnerException is ArgumentException)
                        {
                        }
                        catch (TargetInvocationException exception)
                        {
                            failures.Add(where + ": " + exception.InnerException!.GetType().Name + " " + exception.InnerException.Message.Split('\n')[0]);
                        }
                    }
                }
            }

            Assert.True(calls > 200, "only " + calls + " calls were made; the walk found too little of the API.");
            Assert.True(failures.Count == 0, failures.Count + " failure(s):\n" + string.Join("\n", failures));
        }

        private static IEnumerable<MethodBase> Members(Type type)
        {
            foreach (ConstructorInfo constructor in type.GetConstructors())
            {
                if (!type.IsAbstract)
                {
                    yield return constructor;
                }
            }

            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                // Property setters take null as "not set"; operators and Equals compare with null by contract.
                if (method.IsSpecialName || method.ContainsGenericParameters || method.Name == "Equals")
                {
                    continue;
                }

                yield return method;
            }
        }

        private object?[]? Arguments(ParameterInfo[] parameters, int nullAt)
        {
            var arguments = new object?[parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
            {
                if (i == nullAt)
                {
                    continue;
                }

                if (!TryValue(parameters[i].ParameterType, parameters[i].Name, 0, out arguments[i]))
                {
                    return null;
                }
            }

            return arguments;
        }

        private object? Instance(Type type, int depth) => TryValue(type, null, depth, out object? value) ? value : null;

        private bool TryValue(Type type, string? name, int depth, out object? value)
        {
            value = null;
            if (depth > 3)
            {
                return false;
            }

            if (type == typeof(string))
            {
                // Paths point into the test's own folder, so a method that writes does so there.
                value = name != null && name.Contains("path", StringComparison.OrdinalIgnoreCase) ? Path.Combine(_folder, "file.json")
                    : name == "ruleId" ? "TDK1001"
                    : "value";
                return true;
            }

            if (type == typeof(byte[]))
            {
                value = "{}"u8.ToArray();
                return true;
            }

            if (type.IsArray)
            {
                value = Array.CreateInstance(type.GetElementType()!, 0);
                return true;
            }

            if (type.IsEnum)
            {
                Array values = Enum.GetValues(type);
                value = values.Length > 0 ? values.GetValue(0) : Activator.CreateInstance(type);
                return true;
            }

            if (type == typeof(int) || type == typeof(long) || type == typeof(double))
            {
                value = Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }

            if (type.IsValueType)
            {
                value = Activator.CreateInstance(type);
                return true;
            }

            if (typeof(Delegate).IsAssignableFrom(type))
            {
                MethodInfo invoke = type.GetMethod("Invoke")!;
                ParameterExpression[] lambdaParameters = invoke.GetParameters().Select(x => Expression.Parameter(x.ParameterType)).ToArray();
                Expression body = invoke.ReturnType == typeof(void) ? Expression.Empty() : Expression.Default(invoke.ReturnType);
                value = Expression.Lambda(type, body, lambdaParameters).Compile();
                return true;
            }

            if (type.IsInterface && type.IsGenericType)
            {
                Type[] arguments = type.GetGenericArguments();
                Type concrete = arguments.Length == 2 ? typeof(Dictionary<,>).MakeGenericType(arguments) : typeof(List<>).MakeGenericType(arguments[0]);
                if (type.IsAssignableFrom(concrete))
                {
                    value = Activator.CreateInstance(concrete);
                    return true;
                }

                return false;
            }

            if (type == typeof(Stream) || type == typeof(TextWriter))
            {
                value = type == typeof(Stream) ? new MemoryStream() : new StringWriter();
                return true;
            }

            if (type.IsAbstract || type.IsInterface)
            {
                return false;
            }

            foreach (ConstructorInfo constructor in type.GetConstructors().OrderBy(c => c.GetParameters().Length))
            {
                ParameterInfo[] parameters = constructor.GetParameters();
                var arguments = new object?[parameters.Length];
                bool ok = true;
                for (int i = 0; i < parameters.Length && ok; i++)
                {
                    ok = TryValue(parameters[i].ParameterType, parameters[i].Name, depth + 1, out arguments[i]);
                }

                if (ok)
                {
                    try
                    {
                        value = constructor.Invoke(arguments);
                        return true;
                    }
                    catch (TargetInvocationException)
                    {
                        // Try the next constructor.
                    }
                }
            }

            return false;
        }
    }
}
