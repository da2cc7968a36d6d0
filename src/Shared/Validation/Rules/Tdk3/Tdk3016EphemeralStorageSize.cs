using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>TDK3016: <c>ephemeralStorage.sizeInGiB</c> is set and lies between 21 and 200 GiB.</summary>
    /// <remarks>ECS API model, <c>EphemeralStorage.sizeInGiB</c> (required): "The minimum supported value is 21 GiB and the
    /// maximum supported value is 200 GiB." Without the parameter Fargate (platform 1.4.0+) gives 20 GiB, which is why 20
    /// itself is not accepted: it is the default, not an expansion. AWS CDK: "Ephemeral storage size must be between 21GiB
    /// and 200GiB". (The CloudFormation property page says a minimum of 20; the ECS API wins.)</remarks>
    [Rule("TDK3016", "EphemeralStorageSize", RuleSeverity.Error, "Ephemeral storage size outside 21-200 GiB")]
    [BuilderInputs("/ephemeralStorage")]
    internal sealed class Tdk3016EphemeralStorageSize : TaskDefinitionRule
    {
        public override string Id => RuleIds.EphemeralStorageSize;

        public override void Check(ValidationContext context)
        {
            EphemeralStorage? storage = context.Definition.EphemeralStorage;
            if (storage is null)
            {
                return;
            }

            const string Pointer = "/ephemeralStorage/sizeInGiB";
            if (!(storage.SizeInGiB is int size))
            {
                context.Report(
                    Id,
                    Pointer,
                    MemberName.Mark("ephemeralStorage") + " has no " + MemberName.Mark("sizeInGiB") + ": set it to a whole number of GiB from 21 to 200, or remove " + MemberName.Mark("ephemeralStorage") + " to keep Fargate's default 20 GiB.");
                return;
            }

            if (size >= Limits.MinEphemeralStorageGiB && size <= Limits.MaxEphemeralStorageGiB)
            {
                return;
            }

            string message;
            if (size > Limits.MaxEphemeralStorageGiB)
            {
                message = MemberName.Mark("ephemeralStorage") + "." + MemberName.Mark("sizeInGiB") + " is " + Tdk3Text.Number(size) + " GiB, above the Fargate maximum of 200 GiB: set it to 200 or less, and put larger data on an EFS or EBS volume.";
            }
            else if (size == Limits.MinEphemeralStorageGiB - 1)
            {
                message = MemberName.Mark("ephemeralStorage") + "." + MemberName.Mark("sizeInGiB") + " is 20 GiB, which is Fargate's default and not an accepted value (the minimum is 21): remove " + MemberName.Mark("ephemeralStorage") + " to keep the default 20 GiB, or set 21-200.";
            }
            else
            {
                message = MemberName.Mark("ephemeralStorage") + "." + MemberName.Mark("sizeInGiB") + " is " + Tdk3Text.Number(size) + " GiB, below the minimum of 21 GiB: Fargate already provides 20 GiB by default, so remove " + MemberName.Mark("ephemeralStorage") + " or set a value from 21 to 200.";
            }

            context.Report(Id, Pointer, message);
        }
    }
}
