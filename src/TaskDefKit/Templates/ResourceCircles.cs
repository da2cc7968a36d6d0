using System;
using System.Collections.Generic;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Templates
{
    /// <summary>
    /// TDK7100: template resources that depend on each other in a circle (through <c>Ref</c>, <c>Fn::GetAtt</c>,
    /// <c>Fn::Sub</c> or <c>DependsOn</c>); CloudFormation rejects such a template ("Circular dependency between
    /// resources"). One finding per circle, on the reference in the circle's first resource (template order).
    /// Iterative (Tarjan), linear in the number of references: a 500-resource template costs nothing and no
    /// template can overflow the stack.
    /// </summary>
    internal static class ResourceCircles
    {
        /// <summary>The findings for the resources <paramref name="ids"/> (template order) whose references are <paramref name="edges"/>.</summary>
        /// <param name="ids">Logical IDs, in template order.</param>
        /// <param name="edges">For each resource, the resources it refers to (indexes into <paramref name="ids"/>) and where.</param>
        /// <param name="locate">The location of a reference.</param>
        public static IEnumerable<RuleDiagnostic> Find<T>(IReadOnlyList<string> ids, IReadOnlyList<(int Target, T At)>[] edges, Func<T, SourceLocation> locate)
        {
            foreach (List<int> component in StronglyConnected(edges))
            {
                component.Sort();
                int first = component[0];
                bool selfLoop = false;
                foreach ((int target, _) in edges[first])
                {
                    selfLoop |= target == first;
                }

                if (component.Count == 1 && !selfLoop)
                {
                    continue;
                }

                List<int> circle = Circle(first, new HashSet<int>(component), edges, out T at);
                var names = new List<string>();
                foreach (int member in circle)
                {
                    names.Add(ids[member]);
                }

                names.Add(ids[first]);
                yield return new RuleDiagnostic(
                    RuleIds.CircularReference,
                    RuleCatalog.Get(RuleIds.CircularReference).DefaultSeverity,
                    "Resources reference each other in a circle: " + string.Join(" → ", names) + ". CloudFormation rejects the template (circular dependency between resources); break the circle, for example with a parameter or a separate resource.",
                    JsonPointer.Member("/Resources", ids[first]),
                    locate(at));
            }
        }

        private static T First<T>(IReadOnlyList<(int Target, T At)> edges, int target)
        {
            foreach ((int to, T at) in edges)
            {
                if (to == target)
                {
                    return at;
                }
            }

            throw new InvalidOperationException("no reference to " + target);
        }

        /// <summary>A shortest path from <paramref name="start"/> back to itself inside the component (breadth first), and the first reference on it.</summary>
        private static List<int> Circle<T>(int start, HashSet<int> component, IReadOnlyList<(int Target, T At)>[] edges, out T firstReference)
        {
            var previous = new Dictionary<int, int>();
            var queue = new Queue<int>();
            queue.Enqueue(start);
            int last = start;
            bool closed = false;
            while (queue.Count > 0 && !closed)
            {
                int node = queue.Dequeue();
                foreach ((int target, _) in edges[node])
                {
                    if (target == start)
                    {
                        last = node;
                        closed = true;
                        break;
                    }

                    if (component.Contains(target) && !previous.ContainsKey(target))
                    {
                        previous[target] = node;
                        queue.Enqueue(target);
                    }
                }
            }

            var path = new List<int>();
            for (int node = last; ; node = previous[node])
            {
                path.Add(node);
                if (node == start)
                {
                    break;
                }
            }

            path.Reverse();
            int next = path.Count > 1 ? path[1] : start;
            firstReference = First(edges[start], next);
            return path;
        }

        /// <summary>Tarjan's strongly connected components, without recursion.</summary>
        private static List<List<int>> StronglyConnected<T>(IReadOnlyList<(int Target, T At)>[] edges)
        {
            int count = edges.Length;
            var order = new int[count];
            var low = new int[count];
            var onStack = new bool[count];
            Array.Fill(order, -1);
            var stack = new Stack<int>();
            var components = new List<List<int>>();
            int next = 0;
            var work = new Stack<(int Node, int Edge)>();
            for (int root = 0; root < count; root++)
            {
                if (order[root] >= 0)
                {
                    continue;
                }

                work.Push((root, 0));
                order[root] = low[root] = next++;
                stack.Push(root);
                onStack[root] = true;
                while (work.Count > 0)
                {
                    (int node, int edge) = work.Pop();
                    if (edge < edges[node].Count)
                    {
                        work.Push((node, edge + 1));
                        int target = edges[node][edge].Target;
                        if (order[target] < 0)
                        {
                            order[target] = low[target] = next++;
                            stack.Push(target);
                            onStack[target] = true;
                            work.Push((target, 0));
                        }
                        else if (onStack[target])
                        {
                            low[node] = Math.Min(low[node], order[target]);
                        }

                        continue;
                    }

                    if (work.Count > 0)
                    {
                        int parent = work.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[node]);
                    }

                    if (low[node] == order[node])
                    {
                        var component = new List<int>();
                        int member;
                        do
                        {
                            member = stack.Pop();
                            onStack[member] = false;
                            component.Add(member);
                        }
                        while (member != node);
                        components.Add(component);
                    }
                }
            }

            return components;
        }
    }
}
