using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2001: container <c>name</c> is required and matches <c>^[A-Za-z0-9_-]{1,255}$</c>.</summary>
    /// <remarks>
    /// ECS API ContainerDefinition.name: "Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens
    /// are allowed." AWS errors: "Container.name should not be null or empty." / "Container.name contains invalid characters."
    /// </remarks>
    [Rule("TDK2001", "ContainerName", RuleSeverity.Error, "Container name is missing or invalid")]
    internal sealed class Tdk2001ContainerName : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerName;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                string? name = context.Containers[i].Name;
                if (Tdk2Helpers.IsValidName(name))
                {
                    continue;
                }

                string pointer = JsonPointer.Container(i, "name");
                if (string.IsNullOrEmpty(name))
                {
                    context.Report(Id, pointer, "Container #" + Tdk2Helpers.Text(i) + " has no name: set '" + MemberName.Mark("name") + "' to 1–255 letters, digits, '_' or '-'.");
                }
                else if (name!.Length > Limits.MaxNameLength)
                {
                    context.Report(Id, pointer, "Container name '" + name.Substring(0, 40) + "…' is " + Tdk2Helpers.Text(name.Length) + " characters long: shorten it to at most 255.");
                }
                else
                {
                    context.Report(Id, pointer, "Container name '" + name + "' contains invalid characters: use only letters, digits, '_' and '-'.");
                }
            }
        }
    }
}
