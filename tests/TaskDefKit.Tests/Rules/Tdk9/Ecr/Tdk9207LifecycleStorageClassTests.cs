using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9207LifecycleStorageClassTests
    {
        private static string Archived(int days, string storage = "\"storageClass\": \"archive\", ", string action = "{ \"type\": \"expire\" }") =>
            EcrAssert.Policy("{ \"tagStatus\": \"any\", " + storage + "\"countType\": \"sinceImageTransitioned\", \"countUnit\": \"days\", \"countNumber\": " + days + " }", action);

        [Fact]
        public void Fires_on_expiring_archived_images_before_90_days() =>
            EcrAssert.Fires(RuleIds.LifecycleStorageClass, Archived(30), "/rules/0/selection/countNumber");

        [Fact]
        public void Fires_on_since_image_transitioned_without_archive_storage_class() =>
            EcrAssert.Fires(RuleIds.LifecycleStorageClass, Archived(365, storage: string.Empty), "/rules/0/selection/countType");

        [Fact]
        public void Fires_on_archive_storage_class_with_an_age_count_type() =>
            EcrAssert.Fires(RuleIds.LifecycleStorageClass,
                EcrAssert.Policy("{ \"tagStatus\": \"any\", \"storageClass\": \"archive\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 365 }"),
                "/rules/0/selection/storageClass");

        [Fact]
        public void Fires_on_transitioning_archived_images() =>
            EcrAssert.Fires(RuleIds.LifecycleStorageClass, Archived(365, action: "{ \"type\": \"transition\", \"targetStorageClass\": \"archive\" }"), "/rules/0/action/type");

        [Fact]
        public void Silent_on_expiring_archived_images_after_90_days() =>
            EcrAssert.Silent(RuleIds.LifecycleStorageClass, Archived(90));
    }
}
