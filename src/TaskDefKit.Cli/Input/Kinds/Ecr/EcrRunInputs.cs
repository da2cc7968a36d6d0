using System;
using System.Collections.Generic;

namespace TaskDefKit.Cli.Input.Kinds.Ecr
{
    /// <summary>
    /// What the ECR inputs of one run tell each other: the repositories a put-lifecycle-policy input gives a policy, so
    /// that a create-repository input of the same run is judged with it (TDK9212). Filled in the first pass, read when
    /// the ECR inputs are judged after it; thread-safe, as the first pass reads inputs in parallel.
    /// </summary>
    internal sealed class EcrRunInputs
    {
        private readonly object _gate = new object();
        private readonly HashSet<string> _withPolicy = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Records that the run puts a lifecycle policy on <paramref name="repositoryName"/>.</summary>
        public void AddLifecyclePolicy(string repositoryName)
        {
            lock (_gate)
            {
                _withPolicy.Add(repositoryName);
            }
        }

        /// <summary>True when a put-lifecycle-policy input of the run names <paramref name="repositoryName"/>.</summary>
        public bool HasLifecyclePolicy(string repositoryName)
        {
            lock (_gate)
            {
                return _withPolicy.Contains(repositoryName);
            }
        }
    }
}
