using System;
using System.IO;

namespace TaskDefKit.Tests.Infrastructure
{
    /// <summary>
    /// Compares generated text with a checked-in file, so every change shows in review. With
    /// <c>TASKDEFKIT_UPDATE_REPORTS=1</c> the file is rewritten instead (then review the diff and commit it).
    /// </summary>
    public static class CheckedInFile
    {
        public static void AssertMatches(string repoRelativePath, string generated)
        {
            string path = Path.Combine(RepoPaths.Root, repoRelativePath);
            generated = generated.Replace("\r\n", "\n");
            if (Environment.GetEnvironmentVariable("TASKDEFKIT_UPDATE_REPORTS") == "1")
            {
                File.WriteAllText(path, generated);
                return;
            }

            Assert.True(File.Exists(path), repoRelativePath + " is missing; run the tests with TASKDEFKIT_UPDATE_REPORTS=1 to create it.");
            string expected = File.ReadAllText(path).Replace("\r\n", "\n");
            if (expected != generated)
            {
                string[] a = expected.Split('\n');
                string[] b = generated.Split('\n');
                int line = 0;
                while (line < a.Length && line < b.Length && a[line] == b[line])
                {
                    line++;
                }

                Assert.Fail(repoRelativePath + " is out of date (first difference at line " + (line + 1) + "):\n  checked in: "
                    + (line < a.Length ? a[line] : "<end>") + "\n  generated:  " + (line < b.Length ? b[line] : "<end>")
                    + "\nIf the change of judgement is intended, run the tests with TASKDEFKIT_UPDATE_REPORTS=1 and commit the file.");
            }
        }
    }
}
