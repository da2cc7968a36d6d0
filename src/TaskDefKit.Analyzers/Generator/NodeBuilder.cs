using System.Collections.Generic;
using System.Collections.Immutable;
using TaskDefKit.Analyzers.Generator.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Generator
{
    /// <summary>
    /// A JSON object or list under construction while the parser reads attributes; knows its own JSON pointer, so
    /// every value set can be mapped back to the argument that set it. <see cref="Freeze"/> turns it into a
    /// <see cref="ValueSpec"/>.
    /// </summary>
    internal sealed class NodeBuilder
    {
        private readonly List<KeyValuePair<string, object>>? _members;
        private readonly List<object>? _items;

        private NodeBuilder(string pointer, bool isList)
        {
            Pointer = pointer;
            if (isList)
            {
                _items = new List<object>();
            }
            else
            {
                _members = new List<KeyValuePair<string, object>>();
            }
        }

        public string Pointer { get; }

        public bool IsList => _items != null;

        public int Count => _items?.Count ?? _members!.Count;

        public static NodeBuilder NewObject(string pointer) => new NodeBuilder(pointer, isList: false);

        /// <summary>The value of a member: a <see cref="ValueSpec"/> or a <see cref="NodeBuilder"/>; null when absent.</summary>
        public object? Get(string name)
        {
            if (_members != null)
            {
                foreach (KeyValuePair<string, object> member in _members)
                {
                    if (member.Key == name)
                    {
                        return member.Value;
                    }
                }
            }

            return null;
        }

        /// <summary>The child object or list called <paramref name="name"/>, created when absent; null when a scalar sits there.</summary>
        public NodeBuilder? Child(string name, bool list)
        {
            if (_members is null)
            {
                return null;
            }

            object? existing = Get(name);
            if (existing is NodeBuilder node)
            {
                return node.IsList == list ? node : null;
            }

            if (existing != null)
            {
                return null;
            }

            var created = new NodeBuilder(JsonPointer.Member(Pointer, name), list);
            _members.Add(new KeyValuePair<string, object>(name, created));
            return created;
        }

        /// <summary>Walks a relative path of object names (<c>a/b</c>), creating objects; "" is this node.</summary>
        public NodeBuilder? Walk(string path, bool lastIsList = false)
        {
            if (path.Length == 0)
            {
                return this;
            }

            string[] parts = path.Split('/');
            NodeBuilder? node = this;
            for (int i = 0; i < parts.Length && node != null; i++)
            {
                node = node.Child(parts[i], lastIsList && i == parts.Length - 1);
            }

            return node;
        }

        public string PointerOf(string name) => JsonPointer.Member(Pointer, name);

        /// <summary>Sets a scalar (or a finished value); false when the member is already set (the first value stays).</summary>
        public bool Set(string name, ValueSpec value)
        {
            if (_members is null || Get(name) != null)
            {
                return false;
            }

            _members.Add(new KeyValuePair<string, object>(name, value));
            return true;
        }

        /// <summary>Appends a new object to this list.</summary>
        public NodeBuilder AddObject()
        {
            var created = new NodeBuilder(JsonPointer.Index(Pointer, _items!.Count), isList: false);
            _items.Add(created);
            return created;
        }

        /// <summary>The elements of a list (values or builders).</summary>
        public IReadOnlyList<object> Items => _items ?? (IReadOnlyList<object>)new object[0];

        public ValueSpec Freeze()
        {
            if (_items != null)
            {
                ImmutableArray<ValueSpec>.Builder items = ImmutableArray.CreateBuilder<ValueSpec>(_items.Count);
                foreach (object item in _items)
                {
                    items.Add(item is NodeBuilder node ? node.Freeze() : (ValueSpec)item);
                }

                return ValueSpec.List(new EquatableArray<ValueSpec>(items.MoveToImmutable()));
            }

            ImmutableArray<MemberSpec>.Builder members = ImmutableArray.CreateBuilder<MemberSpec>(_members!.Count);
            foreach (KeyValuePair<string, object> member in _members)
            {
                ValueSpec value = member.Value is NodeBuilder node ? node.Freeze() : (ValueSpec)member.Value;
                members.Add(new MemberSpec(member.Key, value));
            }

            return ValueSpec.Object(new EquatableArray<MemberSpec>(members.MoveToImmutable()));
        }
    }
}
