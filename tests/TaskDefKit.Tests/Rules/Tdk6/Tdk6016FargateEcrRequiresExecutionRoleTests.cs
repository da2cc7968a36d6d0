using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6016FargateEcrRequiresExecutionRoleTests
    {
        private const string Ecr = """{ "name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0" }""";

        [Fact]
        public void Ecr_image_on_fargate_without_role_fires()
        {
            RuleAssert.Fires(RuleIds.FargateEcrRequiresExecutionRole, Tdk6Samples.Fargate(Ecr), "/containerDefinitions/0/image", RuleSeverity.Error);
        }

        [Fact]
        public void China_ecr_image_fires_with_target_fargate()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app@sha256:abc", "memory": 256 }""");
            RuleAssert.Fires(RuleIds.FargateEcrRequiresExecutionRole, json, "/containerDefinitions/0/image",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
        }

        [Fact]
        public void Public_images_role_or_ec2_are_silent()
        {
            RuleAssert.Silent(RuleIds.FargateEcrRequiresExecutionRole, Tdk6Samples.Fargate("""{ "name": "app", "image": "public.ecr.aws/nginx/nginx:1" }"""));
            RuleAssert.Silent(RuleIds.FargateEcrRequiresExecutionRole, Tdk6Samples.Fargate("""{ "name": "app", "image": "nginx:1.27" }"""));
            RuleAssert.Silent(RuleIds.FargateEcrRequiresExecutionRole, Tdk6Samples.Fargate("""{ "name": "app", "image": "example.com/x.dkr.ecr.y.amazonaws.com/app" }"""));
            RuleAssert.Silent(RuleIds.FargateEcrRequiresExecutionRole, Tdk6Samples.Fargate(Ecr, Tdk6Samples.ExecutionRole));
            RuleAssert.Silent(RuleIds.FargateEcrRequiresExecutionRole, Definitions.Ec2Bridge);
        }
    }
}
