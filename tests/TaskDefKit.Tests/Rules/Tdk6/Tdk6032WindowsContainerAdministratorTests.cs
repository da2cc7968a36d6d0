using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6032WindowsContainerAdministratorTests
    {
        private static string Windows(string userMember) => """
            {
              "family": "iis",
              "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64" },
              "containerDefinitions": [{ "name": "web", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 2048
            """ + userMember + " }] }";

        [Theory]
        [InlineData("")]
        [InlineData(", \"user\": \"ContainerAdministrator\"")]
        [InlineData(", \"user\": \"containeradministrator\"")]
        public void Fires_when_a_windows_container_runs_as_the_administrator(string user)
        {
            var found = RuleAssert.Fires(RuleIds.WindowsContainerAdministrator, Windows(user), "/containerDefinitions/0/user", RuleSeverity.Info);
            Assert.Contains("ContainerUser", Assert.Single(found).Message);
        }

        [Fact]
        public void Silent_for_a_non_administrator_user_and_without_user_complaints_from_TDK2022()
        {
            string json = Windows(", \"user\": \"ContainerUser\"");
            RuleAssert.Silent(RuleIds.WindowsContainerAdministrator, json);
            RuleAssert.Silent(RuleIds.WindowsUnsupportedContainerParameter, json);
        }

        [Fact]
        public void Silent_on_linux_where_TDK6023_judges_the_user()
        {
            RuleAssert.Silent(RuleIds.WindowsContainerAdministrator, """{ "family": "app", "containerDefinitions": [{ "name": "app", "image": "nginx", "memory": 64 }] }""");
        }
    }
}
