using System;
using System.Collections.Generic;

namespace TaskDefKit.Model.Schema
{
    /// <summary>
    /// Describes one model class: its JSON members in the fixed order in which they are written.
    /// The same table drives the JSON writer (shared with the source generator, so both write the same bytes)
    /// and the tolerant reader, so member names and order live in exactly one place.
    /// </summary>
    public sealed class ClassSchema
    {
        private readonly Dictionary<string, MemberSchema> _byName;

        public ClassSchema(string apiShapeName, Type clrType, Func<object> create, MemberSchema[] members)
        {
            ApiShapeName = apiShapeName;
            ClrType = clrType;
            Create = create;
            Members = members;
            _byName = new Dictionary<string, MemberSchema>(members.Length, StringComparer.Ordinal);
            foreach (MemberSchema member in members)
            {
                _byName.Add(member.JsonName, member);
            }
        }

        /// <summary>The shape name in the ECS API model (for example <c>ContainerDefinition</c>).</summary>
        public string ApiShapeName { get; }

        public Type ClrType { get; }

        public Func<object> Create { get; }

        /// <summary>The members in writing order (the order of the ECS API model).</summary>
        public IReadOnlyList<MemberSchema> Members { get; }

        /// <summary>The members that hold model objects (an object, or a list of objects): what a walk of the model visits.</summary>
        public MemberSchema[] ObjectMembers => _objectMembers ??= FindObjectMembers();

        private MemberSchema[]? _objectMembers;

        private MemberSchema[] FindObjectMembers()
        {
            var found = new List<MemberSchema>();
            foreach (MemberSchema member in Members)
            {
                if (member.Kind == SchemaKind.Object || (member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Object))
                {
                    found.Add(member);
                }
            }

            return found.ToArray();
        }

        public MemberSchema? Find(string jsonName) =>
            _byName.TryGetValue(jsonName, out MemberSchema? member) ? member : null;
    }
}
