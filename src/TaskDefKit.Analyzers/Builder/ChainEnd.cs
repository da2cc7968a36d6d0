namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>Where a builder goes when its chain in a method stops short of <c>Build()</c>.</summary>
    internal enum ChainEnd
    {
        /// <summary>Discarded, stored in a field, captured, or given to code that may add to it: later calls are possible.</summary>
        Open,

        /// <summary>
        /// Put in a tuple, array or collection, or passed to a method that only builds it: nothing in the method adds to
        /// it any more, so the chain is judged as finished.
        /// </summary>
        PassedOn,

        /// <summary>Returned from the method: finished unless a caller in the compilation extends the result.</summary>
        Returned,
    }
}
