using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using TaskDefKit.Json;

namespace TaskDefKit.Samples.Attributed
{
    /// <summary>
    /// Prints the attributed definitions' JSON, or writes it to a folder: <c>dotnet run -- out/</c>. The files have
    /// QuickStart's names and, byte for byte, QuickStart's content.
    /// </summary>
    public static class Program
    {
        /// <summary>The definitions with the file name QuickStart writes each to, and the JSON computed at compile time.</summary>
        public static IReadOnlyList<(string FileName, string Json)> Definitions { get; } = new[]
        {
            ("shop-web.fargate.json", FargateWeb.DefinitionJson),
            ("shop-worker.ec2.json", Ec2Worker.DefinitionJson),
        };

        /// <summary>A definition's file as QuickStart writes it: UTF-8 without BOM, with a trailing newline.</summary>
        public static byte[] FileBytes(string json) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(json + "\n");

        public static int Main(string[] args)
        {
            var runtime = new Dictionary<string, string>
            {
                ["shop-web.fargate.json"] = TaskDefinitionJson.Serialize(FargateWeb.Definition),
                ["shop-worker.ec2.json"] = TaskDefinitionJson.Serialize(Ec2Worker.Definition),
            };

            foreach ((string fileName, string compiled) in Definitions)
            {
                // The JSON computed at compile time is what the runtime writes for the same model.
                if (compiled != runtime[fileName])
                {
                    Console.Error.WriteLine(fileName + ": compile-time and run-time JSON differ.");
                    return 1;
                }

                if (args.Length > 0)
                {
                    Directory.CreateDirectory(args[0]);
                    File.WriteAllBytes(Path.Combine(args[0], fileName), FileBytes(compiled));
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
