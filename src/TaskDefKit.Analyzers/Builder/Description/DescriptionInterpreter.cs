using System.Collections;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Model.Schema;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Builder.Description
{
    /// <summary>
    /// The one interpreter of builder calls: applies what a method's description says (<see cref="BuilderDescriptions"/>)
    /// to the shared model through its schema tables, records where each JSON pointer was set, and marks unknown what a
    /// non-constant argument or an unreadable lambda would set. A call without a description makes its whole target
    /// unknown (the caller decides which target that is), so an undescribed method can cost findings but never cause one.
    /// </summary>
    internal sealed class DescriptionInterpreter
    {
        private readonly BuilderTypes _types;
        private readonly ChainState _state;
        private readonly CancellationToken _cancellationToken;

        public DescriptionInterpreter(BuilderTypes types, ChainState state, CancellationToken cancellationToken)
        {
            _types = types;
            _state = state;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Applies one call to <paramref name="target"/>; false when the method has no (valid) description.</summary>
        public bool Apply(IInvocationOperation call, ModelTarget target)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            MethodDescription? description = _types.Descriptions.Get(call.TargetMethod);
            if (description is null)
            {
                return false;
            }

            try
            {
                ApplyEffects(call, target, description);
            }
            catch (System.Exception exception) when (exception is System.InvalidCastException || exception is System.ArgumentException)
            {
                // A description that does not fit the analyzer's model (a TaskDefKit of another version than the
                // analyzer's): the call's target is unknown rather than the analyzer failing (AD0001).
                _state.MarkUnknown(target.Pointer);
            }

            return true;
        }

        private void ApplyEffects(IInvocationOperation call, ModelTarget target, MethodDescription description)
        {
            foreach (Effect effect in description.Effects)
            {
                switch (effect.Kind)
                {
                    case EffectKind.Sets:
                        ModelTarget? owner = Walk(call, target, effect.Path, effect.Path.Length);
                        if (owner is null)
                        {
                            _state.MarkUnknown(target.Pointer);
                            return;
                        }

                        SetAll(call, owner.Value, effect.Bindings, effect.IfAbsent);
                        Configure(call, owner.Value, effect.Nested);
                        ApplyFrom(call, owner.Value, effect.From);
                        break;
                    case EffectKind.Replaces:
                        Replace(call, target, effect);
                        break;
                    case EffectKind.Adds:
                        Add(call, target, effect);
                        break;
                    case EffectKind.Unreadable:
                        _state.MarkUnknown(Pointer(target.Pointer, effect.Path));
                        break;
                    case EffectKind.RunsTaskDefinition:
                    case EffectKind.Chooses:
                        break; // roles for Build(), read by the ECS input chain reader
                }
            }
        }

        private void Replace(IInvocationOperation call, ModelTarget target, Effect effect)
        {
            ModelTarget? parent = Walk(call, target, effect.Path, effect.Path.Length - 1);
            MemberSchema? member = parent is null || effect.Path.Length == 0 ? null : parent.Value.Schema.Find(effect.Path[effect.Path.Length - 1]);
            if (parent is null || member?.Kind != SchemaKind.Object || member.ObjectSchema is null)
            {
                _state.MarkUnknown(target.Pointer);
                return;
            }

            object? old = member.Get(parent.Value.Instance);
            object created = member.ObjectSchema.Create();
            foreach (string kept in effect.Keeps)
            {
                if (old != null && member.ObjectSchema.Find(kept) is { } keptMember)
                {
                    keptMember.Set(created, keptMember.Get(old));
                }
            }

            member.Set(parent.Value.Instance, created);
            var replaced = new ModelTarget(created, member.ObjectSchema, JsonPointer.Member(parent.Value.Pointer, member.JsonName));
            _state.Set(replaced.Pointer, Locate(call, effect.At));
            SetAll(call, replaced, effect.Bindings, ifAbsent: false);
            Configure(call, replaced, effect.Nested);
            ApplyFrom(call, replaced, effect.From);
        }

        /// <summary>
        /// <c>From = "parameter"</c>: the argument is a chain of described calls of its own type (<c>DeploymentPreset.Rolling(..)</c>,
        /// <c>CapacityStrategy.Provider(..).And(..)</c>); each applies to <paramref name="target"/>. Anything else: unknown.
        /// </summary>
        private void ApplyFrom(IInvocationOperation call, ModelTarget target, string? from)
        {
            if (from is null)
            {
                return;
            }

            IArgumentOperation? argument = ChainReading.Argument(call, from);
            if (ChainReading.IsAbsent(argument))
            {
                return;
            }

            var steps = new List<IInvocationOperation>();
            IOperation current = ConstantValues.Unwrap(argument!.Value);
            while (current is IInvocationOperation step && SymbolEqualityComparer.Default.Equals(step.TargetMethod.ReturnType, argument.Parameter?.Type))
            {
                steps.Insert(0, step);
                if (step.Instance is null)
                {
                    break;
                }

                current = step.Instance;
            }

            if (steps.Count == 0 || steps[0].Instance != null)
            {
                _state.MarkUnknown(target.Pointer);
                return;
            }

            foreach (IInvocationOperation step in steps)
            {
                if (!Apply(step, target))
                {
                    _state.MarkUnknown(target.Pointer);
                    return;
                }
            }
        }

        private void Add(IInvocationOperation call, ModelTarget target, Effect effect)
        {
            ModelTarget? parent = Walk(call, target, effect.Path, effect.Path.Length - 1);
            MemberSchema? member = parent is null || effect.Path.Length == 0 ? null : parent.Value.Schema.Find(effect.Path[effect.Path.Length - 1]);
            if (parent is null || member?.Kind != SchemaKind.List || member.CreateList is null)
            {
                _state.MarkUnknown(target.Pointer);
                return;
            }

            string listPointer = JsonPointer.Member(parent.Value.Pointer, member.JsonName);
            if (!(member.Get(parent.Value.Instance) is IList list))
            {
                list = member.CreateList();
                member.Set(parent.Value.Instance, list);
            }

            if (effect.LocatesList)
            {
                SetIfAbsent(listPointer, ChainReading.NameLocation(call));
            }

            if (member.ElementKind != SchemaKind.Object)
            {
                foreach (Binding binding in effect.Bindings)
                {
                    AddValues(call, binding, member, list, listPointer, effect.Unique);
                }

                return;
            }

            object element = member.ObjectSchema!.Create();
            list.Add(element);
            var added = new ModelTarget(element, member.ObjectSchema, JsonPointer.Index(listPointer, list.Count - 1));
            _state.Set(added.Pointer, Locate(call, effect.At));
            var members = new List<Binding>();
            foreach (Binding binding in effect.Bindings)
            {
                if (binding.Target.Length == 0)
                {
                    // The element itself comes from an argument (a model object): the analyzer cannot see into it.
                    _state.MarkUnknown(added.Pointer);
                }
                else
                {
                    members.Add(binding);
                }
            }

            SetAll(call, added, members, ifAbsent: false);
            Configure(call, added, effect.Nested);
            foreach (string unreadable in effect.UnreadableMembers)
            {
                _state.MarkUnknown(Pointer(added.Pointer, DescriptionSyntax.SplitPath(unreadable)));
            }
        }

        /// <summary>Adds the value(s) of a binding to a list of scalars: each element of a params array on its own syntax.</summary>
        private void AddValues(IInvocationOperation call, Binding binding, MemberSchema member, IList list, string listPointer, bool unique)
        {
            ValuePart part = binding.Parts[0];
            IArgumentOperation? argument = part.Kind == ValuePartKind.Parameter ? ChainReading.Argument(call, part.Text) : null;
            if (binding.Parts.Count == 1 && argument != null && ConstantValues.Unwrap(argument.Value) is IArrayCreationOperation array)
            {
                if (array.Initializer is null)
                {
                    _state.MarkUnknown(listPointer);
                    return;
                }

                foreach (IOperation item in array.Initializer.ElementValues)
                {
                    if (ArgumentValues.TryReadOperation(item, member, member.ElementKind, out object? value) && value != null)
                    {
                        AddValue(list, value, listPointer, item.Syntax.GetLocation(), unique);
                    }
                    else
                    {
                        _state.MarkUnknown(listPointer);
                    }
                }

                return;
            }

            if (binding.Parts.Count == 1 && ArgumentValues.TryReadScalar(call, part, member, member.ElementKind, _types, out object? single) && single != null)
            {
                AddValue(list, single, listPointer, Locate(call, binding), unique);
            }
            else if (member.ElementKind == SchemaKind.String && !unique)
            {
                // One unreadable value: the list has one more element whose value is unknown.
                list.Add(string.Empty);
                _state.MarkUnknown(JsonPointer.Index(listPointer, list.Count - 1));
            }
            else
            {
                _state.MarkUnknown(listPointer);
            }
        }

        private void AddValue(IList list, object value, string listPointer, Location location, bool unique)
        {
            if (unique && list.Contains(value))
            {
                return;
            }

            list.Add(value);
            _state.Set(JsonPointer.Index(listPointer, list.Count - 1), location);
        }

        private void SetAll(IInvocationOperation call, ModelTarget target, IReadOnlyList<Binding> bindings, bool ifAbsent)
        {
            foreach (Binding binding in bindings)
            {
                Set(call, target, binding, ifAbsent);
            }
        }

        /// <summary>Sets one member (or map entry) from its binding.</summary>
        private void Set(IInvocationOperation call, ModelTarget target, Binding binding, bool ifAbsent)
        {
            string[] path = binding.Target;
            if (path.Length == 0)
            {
                _state.MarkUnknown(target.Pointer);
                return;
            }

            // A map entry: the segment before the last is a map member, the last the key.
            if (path.Length >= 2 && Walk(call, target, path, path.Length - 2) is { } mapOwner &&
                mapOwner.Schema.Find(path[path.Length - 2]) is { Kind: SchemaKind.Map } map)
            {
                SetEntry(call, mapOwner, map, path[path.Length - 1], binding);
                return;
            }

            ModelTarget? owner = Walk(call, target, path, path.Length - 1);
            MemberSchema? member = owner?.Schema.Find(path[path.Length - 1]);
            if (owner is null || member is null)
            {
                _state.MarkUnknown(target.Pointer);
                return;
            }

            string pointer = JsonPointer.Member(owner.Value.Pointer, member.JsonName);
            object instance = owner.Value.Instance;
            if (ifAbsent && (member.Get(instance) != null || _state.IsUnknown(pointer)))
            {
                return;
            }

            if (binding.OmitWhenAbsent && IsAbsent(call, binding.Parts[0]))
            {
                member.Set(instance, null);
                return;
            }

            if (ArgumentValues.TryRead(call, binding.Parts, member, _types, out object? value))
            {
                member.Set(instance, value);
                _state.Set(pointer, Locate(call, binding));
            }
            else
            {
                member.Set(instance, null);
                _state.MarkUnknown(pointer);
            }
        }

        private void SetEntry(IInvocationOperation call, ModelTarget owner, MemberSchema map, string keySegment, Binding binding)
        {
            string mapPointer = JsonPointer.Member(owner.Pointer, map.JsonName);
            string? key = keySegment;
            if (DescriptionSyntax.IsKeyParameter(keySegment, out string? parameter) &&
                !(ConstantValues.TryGetString(ChainReading.Argument(call, parameter!)?.Value, out key) && key != null))
            {
                _state.MarkUnknown(mapPointer);
                return;
            }

            if (!(map.Get(owner.Instance) is Dictionary<string, string> entries))
            {
                entries = new Dictionary<string, string>();
                map.Set(owner.Instance, entries);
            }

            string pointer = JsonPointer.Member(mapPointer, key!);
            if (binding.OmitWhenAbsent && IsAbsent(call, binding.Parts[0]))
            {
                entries.Remove(key!);
                return;
            }

            if (binding.Parts.Count == 1 && ArgumentValues.TryReadScalar(call, binding.Parts[0], map, SchemaKind.String, _types, out object? value) && value is string text)
            {
                entries[key!] = text;
                _state.Set(pointer, Locate(call, binding));
            }
            else
            {
                entries.Remove(key!);
                _state.MarkUnknown(pointer);
            }
        }

        /// <summary>Reads the configuring lambda's calls and applies each to its target (the object it configures).</summary>
        private void Configure(IInvocationOperation call, ModelTarget target, Binding? nested)
        {
            if (nested is null)
            {
                return;
            }

            ModelTarget? configured = Walk(call, target, nested.Target, nested.Target.Length);
            if (configured is null)
            {
                _state.MarkUnknown(target.Pointer);
                return;
            }

            if (!ChainReading.TryReadConfigure(ChainReading.Argument(call, nested.Parts[0].Text), _state, configured.Value.Pointer, out List<IInvocationOperation>? calls))
            {
                return;
            }

            foreach (IInvocationOperation step in calls!)
            {
                if (!Apply(step, configured.Value))
                {
                    _state.MarkUnknown(configured.Value.Pointer);
                    return;
                }
            }
        }

        /// <summary>The object <paramref name="count"/> segments below <paramref name="target"/>, creating objects on the way.</summary>
        private ModelTarget? Walk(IInvocationOperation call, ModelTarget target, string[] path, int count)
        {
            ModelTarget current = target;
            for (int i = 0; i < count; i++)
            {
                MemberSchema? member = current.Schema.Find(path[i]);
                if (member?.Kind != SchemaKind.Object || member.ObjectSchema is null)
                {
                    return null;
                }

                object? child = member.Get(current.Instance);
                if (child is null)
                {
                    child = member.ObjectSchema.Create();
                    member.Set(current.Instance, child);
                }

                current = new ModelTarget(child, member.ObjectSchema, JsonPointer.Member(current.Pointer, member.JsonName));
                SetIfAbsent(current.Pointer, ChainReading.NameLocation(call));
            }

            return current;
        }

        /// <summary>Written <c>parameter?</c>: the argument is left out, null, false or an empty params array.</summary>
        private static bool IsAbsent(IInvocationOperation call, ValuePart part)
        {
            IArgumentOperation? argument = ChainReading.Argument(call, part.Text);
            if (ChainReading.IsAbsent(argument))
            {
                return true;
            }

            if (ConstantValues.TryGetBool(argument!.Value, out bool flag))
            {
                return !flag;
            }

            return argument.ArgumentKind == ArgumentKind.ParamArray &&
                   ConstantValues.Unwrap(argument.Value) is IArrayCreationOperation { Initializer.ElementValues.Length: 0 };
        }

        /// <summary>A value from exactly one (non-params) argument is located on it; anything else on the method name.</summary>
        private static Location Locate(IInvocationOperation call, Binding binding)
        {
            IArgumentOperation? only = null;
            int parameters = 0;
            foreach (ValuePart part in binding.Parts)
            {
                if (part.ReadsArgument)
                {
                    parameters++;
                    only = ChainReading.Argument(call, part.Text);
                }
            }

            return parameters == 1 && only != null && only.ArgumentKind != ArgumentKind.ParamArray && !(only.Parameter?.IsParams ?? false)
                ? ChainReading.ArgumentLocation(call, only)
                : ChainReading.NameLocation(call);
        }

        private static Location Locate(IInvocationOperation call, string? at) =>
            at is null ? ChainReading.NameLocation(call) : ChainReading.ArgumentLocation(call, ChainReading.Argument(call, at));

        private void SetIfAbsent(string pointer, Location location)
        {
            if (!_state.TryGetLocation(pointer, out _))
            {
                _state.Set(pointer, location);
            }
        }

        private static string Pointer(string root, string[] path)
        {
            string pointer = root;
            foreach (string segment in path)
            {
                pointer = JsonPointer.Member(pointer, segment);
            }

            return pointer;
        }
    }

    /// <summary>An object of the model under construction, its schema table and its JSON pointer.</summary>
    internal readonly struct ModelTarget
    {
        public ModelTarget(object instance, ClassSchema schema, string pointer)
        {
            Instance = instance;
            Schema = schema;
            Pointer = pointer;
        }

        public object Instance { get; }

        public ClassSchema Schema { get; }

        public string Pointer { get; }
    }
}
