using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2002: every container needs a non-empty <c>image</c>.</summary>
    /// <remarks>AWS: "Container.image should not be null or empty" (developer guide: image, Required: yes).</remarks>
    [Rule("TDK2002", "ImageRequired", RuleSeverity.Error, "Container image is missing")]
    internal sealed class Tdk2002ImageRequired : TaskDefinitionRule
    {
        public override string Id => RuleIds.ImageRequired;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                if (string.IsNullOrEmpty(context.Containers[i].Image))
                {
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "image"),
                        "Container " + Tdk2Helpers.Describe(context.Containers[i], i) + " has no " + MemberName.Mark("image") + ": set '" + MemberName.Mark("image") + "' to a reference such as 'public.ecr.aws/nginx/nginx:1.27'.");
                }
            }
        }
    }
}
