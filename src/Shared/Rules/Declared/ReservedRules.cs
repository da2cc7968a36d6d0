namespace TaskDefKit.Rules.Declared
{
    /// <summary>
    /// Rules of shared/spec/rules.md that nothing reports yet: their IDs are taken and documented. To implement one,
    /// move its attribute onto the new rule class.
    /// </summary>
    internal static class ReservedRules
    {
    }
}
