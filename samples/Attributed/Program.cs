using System;
using System.IO;
using TaskDefKit.Json;

namespace TaskDefKit.Samples.Attributed
{
    /// <summary>Prints the attributed definitions' JSON, or writes it to a folder: <c>dotnet run -- out/</c>.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var definitions = new[]
            {
                ("quickstart-web", FargateWeb.DefinitionJson, TaskDefinitionJson.Serialize(FargateWeb.Definition)),
                ("quickstart-worker", Ec2Worker.DefinitionJson, TaskDefinitionJson.Serialize(Ec2Worker.Definition)),
            };

            foreach ((string family, string compiled, string runtime) in definitions)
            {
                // The JSON computed at compile time is what the runtime writes for the same model.
                if (compiled != runtime)
                {
                    Console.Error.WriteLine(family + ": compile-time and run-time JSON differ.");
                    return 1;
                }

                if (args.Length > 0)
                {
                    Directory.CreateDirectory(args[0]);
                    File.WriteAllText(Path.Combine(args[0], family + ".json"), compiled + "\n");
                }
                else
                {
                    Console.WriteLine(compiled);
                }
            }

            return 0;
        }
    }
}
