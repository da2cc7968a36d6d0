using TaskDefKit.Validation;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    /// <summary>Options with a policy read the way the tool and the analyzers read it, from a configuration file's text.</summary>
    internal static class PolicyOptions
    {
        public const string Path = "/repo/.taskdefkit.json";

        /// <summary>The policy section written on line 2 of the file, its first key on line 3: <c>{\n "policy": {\n  KEY…</c>.</summary>
        public static ValidationOptions From(string members)
        {
            string text = "{\n  \"policy\": {\n    " + members + "\n  }\n}\n";
            OrganisationPolicy? policy = PolicyReader.Read(text, Path, out string? problem, out _);
            Assert.True(problem is null, problem);
            return new ValidationOptions { Policy = policy };
        }

        /// <summary>A one-container definition with the given image and extra container members.</summary>
        public static string Definition(string image, string containerMembers = "", string taskMembers = "") => """
            { "family": "app",
            """ + taskMembers + """
              "containerDefinitions": [{ "name": "app", "image": "
            """.TrimEnd() + image + "\", \"memory\": 256" + containerMembers + " }] }";
    }
}
