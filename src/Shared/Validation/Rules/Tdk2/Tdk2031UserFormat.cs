using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2031: <c>user</c> is <c>user</c>, <c>user:group</c>, <c>uid</c>, <c>uid:gid</c>, <c>user:gid</c> or
    /// <c>uid:group</c> (<c>^[^:\s]+(:[^:\s]+)?$</c>), with numeric IDs that fit a Linux UID/GID.
    /// </summary>
    /// <remarks>
    /// ECS API ContainerDefinition.user ("If specifying a UID or GID, you must specify it as a positive integer"). UID 0
    /// is accepted: whether AWS rejects it is unconfirmed and it is widely used for root. Windows is TDK2022's.
    /// </remarks>
    [Rule("TDK2031", "UserFormat", RuleSeverity.Error, "Invalid container user")]
    internal sealed class Tdk2031UserFormat : TaskDefinitionRule
    {
        private const long MaxId = 4294967294; // (uid_t)-1 is reserved

        public override string Id => RuleIds.UserFormat;

        public override void Check(ValidationContext context)
        {
            if (context.IsWindows)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                string? user = context.Containers[i].User;
                if (user is null || IsValid(user))
                {
                    continue;
                }

                context.Report(
                    Id,
                    JsonPointer.Container(i, "user"),
                    "Container " + Tdk2Helpers.Describe(context.Containers[i], i) + " runs as user '" + user +
                    "': write user, user:group, uid or uid:gid without spaces, with numeric IDs from 0 to 4294967294.");
            }
        }

        private static bool IsValid(string user)
        {
            int colon = user.IndexOf(':');
            if (colon < 0)
            {
                return IsPart(user, 0, user.Length);
            }

            return IsPart(user, 0, colon) && IsPart(user, colon + 1, user.Length - colon - 1);
        }

        private static bool IsPart(string text, int start, int length)
        {
            if (length <= 0)
            {
                return false;
            }

            for (int i = start; i < start + length; i++)
            {
                if (text[i] == ':' || char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            if (Tdk2Helpers.IsDigits(text, start, length))
            {
                if (length > 10)
                {
                    return false;
                }

                long id = 0;
                for (int i = start; i < start + length; i++)
                {
                    id = (id * 10) + (text[i] - '0');
                }

                return id <= MaxId;
            }

            return true;
        }
    }
}
