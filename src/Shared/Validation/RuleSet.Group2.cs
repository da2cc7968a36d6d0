using System.Collections.Generic;

namespace TaskDefKit.Validation
{
    public static partial class RuleSet
    {
        static partial void AddGroup2(List<TaskDefinitionRule> rules)
        {
            rules.Add(new Rules.Tdk2.Tdk2001ContainerName());
            rules.Add(new Rules.Tdk2.Tdk2002ImageRequired());
            rules.Add(new Rules.Tdk2.Tdk2003ImageFormat());
            rules.Add(new Rules.Tdk2.Tdk2004ImageTag());
            rules.Add(new Rules.Tdk2.Tdk2005ImageRepositoryCase());
            rules.Add(new Rules.Tdk2.Tdk2006EcrImageUri());
            rules.Add(new Rules.Tdk2.Tdk2007MutableImageTag());
        }
    }
}
