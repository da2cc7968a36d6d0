using System.Text.Json;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>
    /// A top-level member that points at a kind: its name, optionally the JSON type its value must have, and how strongly
    /// it points (<see cref="Decisive"/>: settles the kind at once, as <c>family</c> does for a task definition).
    /// </summary>
    internal readonly struct MemberEvidence
    {
        /// <summary>Settles the kind as soon as the member is read; recognition stops there.</summary>
        public const int Decisive = 1000;

        public MemberEvidence(string name, int weight, JsonTokenType? value = null)
        {
            Name = name;
            Weight = weight;
            Value = value;
        }

        public string Name { get; }

        public int Weight { get; }

        /// <summary>The token the value must start with (<see cref="JsonTokenType.StartArray"/> …), or null for any.</summary>
        public JsonTokenType? Value { get; }

        public bool Matches(JsonTokenType token) => Value is null || Value == token;
    }
}
