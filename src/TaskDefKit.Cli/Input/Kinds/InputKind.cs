using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>
    /// One kind of input the CLI reads — a task definition, a create-service input, describe-clusters output, a
    /// CloudFormation template … — and how it is judged. Kinds of JSON object are recognised by their members
    /// (<see cref="JsonObjectKind"/>); the few decided by their first bytes (YAML, HCL, a JSON array, a bare fragment)
    /// by <see cref="DocumentSniffer"/>. docs/architecture.md, "To add an input kind".
    /// </summary>
    internal abstract class InputKind
    {
        /// <summary>What the input is, for messages: "a create-service input".</summary>
        public abstract string Name { get; }

        /// <summary>The coarse classification older callers switch on (render, diff, emit's readers).</summary>
        public virtual DocumentKind Document => DocumentKind.ApiInput;

        /// <summary>
        /// True for kinds judged against the task definition they name (services, RunTask): in a run over many inputs
        /// they are judged after the others, so that a task definition read anywhere in the run can be paired with them.
        /// </summary>
        public virtual bool PairsWithTaskDefinition => false;

        /// <summary>The library's rule lists this kind runs on what it reads (the reader's rules aside): what <c>taskdef rules</c> shows as checked by validate.</summary>
        public virtual RuleFamilies Judges => RuleFamilies.None;

        /// <summary>Reads and judges one input of this kind. Never throws for bad input (findings say what is wrong).</summary>
        public abstract FileReport Judge(InputContext input);
    }
}
