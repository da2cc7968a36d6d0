using System.IO;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>Finds the repository root (the folder holding TaskDefKit.sln) above a starting folder.</summary>
    internal static class RepoRoot
    {
        public static string Find(string start)
        {
            for (DirectoryInfo? dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TaskDefKit.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("No TaskDefKit.sln above " + start + "; pass --root.");
        }
    }
}
