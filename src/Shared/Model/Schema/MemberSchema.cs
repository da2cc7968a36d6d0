using System;
using System.Collections;

namespace TaskDefKit.Model.Schema
{
    /// <summary>One JSON member of a model class, with typed access through delegates (no reflection).</summary>
    public sealed class MemberSchema
    {
        private MemberSchema(
            string jsonName,
            SchemaKind kind,
            SchemaKind elementKind,
            bool required,
            Func<object, object?> get,
            Action<object, object?> set,
            Func<ClassSchema>? objectSchema,
            Func<string, object>? enumFactory,
            Func<IList>? createList)
        {
            JsonName = jsonName;
            Kind = kind;
            ElementKind = elementKind;
            IsRequired = required;
            Get = get;
            Set = set;
            _objectSchema = objectSchema;
            EnumFactory = enumFactory;
            CreateList = createList;
        }

        private readonly Func<ClassSchema>? _objectSchema;

        public string JsonName { get; }

        public SchemaKind Kind { get; }

        /// <summary>For <see cref="SchemaKind.List"/>: the kind of the elements; for maps always String.</summary>
        public SchemaKind ElementKind { get; }

        /// <summary>Required by the ECS API model.</summary>
        public bool IsRequired { get; }

        public Func<object, object?> Get { get; }

        public Action<object, object?> Set { get; }

        /// <summary>For objects and lists of objects: the element's schema (resolved lazily, schemas refer to each other).</summary>
        public ClassSchema? ObjectSchema => _objectSchema?.Invoke();

        /// <summary>For enums and lists of enums: makes the typed value from its string.</summary>
        public Func<string, object>? EnumFactory { get; }

        /// <summary>For lists: creates an empty list of the right element type.</summary>
        public Func<IList>? CreateList { get; }

        public static MemberSchema Scalar(string name, SchemaKind kind, bool required, Func<object, object?> get, Action<object, object?> set) =>
            new MemberSchema(name, kind, kind, required, get, set, null, null, null);

        public static MemberSchema Enum(string name, bool required, Func<string, object> factory, Func<object, object?> get, Action<object, object?> set) =>
            new MemberSchema(name, SchemaKind.Enum, SchemaKind.Enum, required, get, set, null, factory, null);

        public static MemberSchema Object(string name, bool required, Func<ClassSchema> schema, Func<object, object?> get, Action<object, object?> set) =>
            new MemberSchema(name, SchemaKind.Object, SchemaKind.Object, required, get, set, schema, null, null);

        public static MemberSchema Map(string name, bool required, Func<object, object?> get, Action<object, object?> set) =>
            new MemberSchema(name, SchemaKind.Map, SchemaKind.String, required, get, set, null, null, null);

        public static MemberSchema List(
            string name,
            bool required,
            SchemaKind elementKind,
            Func<IList> createList,
            Func<object, object?> get,
            Action<object, object?> set,
            Func<ClassSchema>? elementSchema = null,
            Func<string, object>? enumFactory = null) =>
            new MemberSchema(name, SchemaKind.List, elementKind, required, get, set, elementSchema, enumFactory, createList);
    }
}
