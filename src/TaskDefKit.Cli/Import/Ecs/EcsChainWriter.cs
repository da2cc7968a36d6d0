using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Cli.Import.Ecs
{
    /// <summary>
    /// A builder chain for one ECS input model (service, RunTask, cluster): every member the input sets, in schema
    /// order, as the builder's own method where one writes exactly that value (a handler says so by returning true),
    /// else as <c>.Configure(x => x.Member = …)</c> with the model's initializer, so nothing read is lost.
    /// </summary>
    internal sealed class EcsChainWriter
    {
        public const int ChainIndent = 12;

        private readonly StringBuilder _chain = new StringBuilder();
        private readonly ClassSchema _schema;
        private readonly object _model;
        private readonly string _variable;

        public EcsChainWriter(ClassSchema schema, object model, string variable)
        {
            _schema = schema;
            _model = model;
            _variable = variable;
        }

        /// <summary>Writes the chain: <paramref name="handlers"/> by JSON member name; a member without one, or whose handler declines, is configured.</summary>
        public string Write(IReadOnlyDictionary<string, Func<EcsChainWriter, bool>> handlers, ISet<string>? skip = null)
        {
            foreach (MemberSchema member in _schema.Members)
            {
                if (member.Get(_model) is null || (skip != null && skip.Contains(member.JsonName)))
                {
                    continue;
                }

                if (!handlers.TryGetValue(member.JsonName, out Func<EcsChainWriter, bool>? handler) || !handler(this))
                {
                    Configure(member.JsonName);
                }
            }

            if (_model is IHasAdditionalMembers { AdditionalMembers: { Count: > 0 } additional })
            {
                Call("Configure(" + _variable + " => " + _variable + ".AdditionalMembers = " + CSharpValues.AdditionalMembers(additional, ChainIndent) + ")");
            }

            return _chain.ToString();
        }

        /// <summary>The handlers of a writer for one model (a writer's table is static; the model is bound here).</summary>
        public static Dictionary<string, Func<EcsChainWriter, bool>> Bind<T>(IReadOnlyDictionary<string, Func<EcsChainWriter, T, bool>> handlers, T model)
        {
            var bound = new Dictionary<string, Func<EcsChainWriter, bool>>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, Func<EcsChainWriter, T, bool>> handler in handlers)
            {
                bound[handler.Key] = writer => handler.Value(writer, model);
            }

            return bound;
        }

        /// <summary>Writes the call and says the member is handled (for handlers written as one expression).</summary>
        public bool Wrote(string call)
        {
            Call(call);
            return true;
        }

        /// <summary>The end of the chain: a last call on its own line.</summary>
        public static string Line(string call) => "\n" + new string(' ', ChainIndent) + "." + call;

        public void Call(string call) => _chain.Append('\n').Append(' ', ChainIndent).Append('.').Append(call);

        /// <summary><c>.Configure(x => x.Member = value)</c> for one member of the model.</summary>
        public void Configure(string jsonName)
        {
            MemberSchema member = _schema.Find(jsonName)!;
            Call("Configure(" + _variable + " => " + _variable + "." + CSharpValues.PropertyName(_schema, member) + " = " +
                 CSharpValues.Value(member, member.Kind, member.Get(_model), ChainIndent) + ")");
        }

        /// <summary>C# for any value of the model: <c>new T { … }</c>, a list, a literal.</summary>
        public static string Object(object value, ClassSchema schema) => CSharpValues.Object(value, schema, ChainIndent);

        public static string Strings(IEnumerable<string> values)
        {
            var items = new List<string>();
            foreach (string value in values)
            {
                items.Add(CSharpValues.String(value));
            }

            return string.Join(", ", items);
        }

        /// <summary>An optional argument by name, or nothing when the value is not set.</summary>
        public static string Named(string name, string? value) => value is null ? string.Empty : ", " + name + ": " + value;
    }
}
