using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    /// <summary>TDK6027 by value: known credential formats and random tokens fire under any name; the values task
    /// definitions really carry (digests, UUIDs, hashes, ARNs, URLs, base64 configuration) never do.</summary>
    public class Tdk6027SecretValueTests
    {
        private static string WithValue(string value) =>
            "{ \"family\": \"app\", \"containerDefinitions\": [{ \"name\": \"app\", \"image\": \"nginx\", \"memory\": 64, \"environment\": [{ \"name\": \"SETTING\", \"value\": "
            + System.Text.Json.JsonSerializer.Serialize(value) + " }] }] }";

        public static IEnumerable<object[]> Secrets()
        {
            var random = new Random(6027);
            string Random(string alphabet, int length) => new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            yield return new object[] { "AKIAIOSFODNN7EXAMPLE", "AWS access key ID" };
            yield return new object[] { "ghp_" + Random(Alnum, 36), "GitHub token" };
            yield return new object[] { "github_pat_" + Random(Alnum + "_", 82), "GitHub token" };
            yield return new object[] { "glpat-" + Random(Alnum, 20), "GitLab token" };
            yield return new object[] { "xoxb-" + Random("0123456789", 12) + "-" + Random(Alnum, 24), "Slack token" };
            yield return new object[] { "https://hooks.slack.com/services/T0ABCDEF1/B0ABCDEF2/" + Random(Alnum, 24), "Slack webhook" };
            yield return new object[] { "sk_live_" + Random(Alnum, 24), "Stripe" };
            yield return new object[] { "AIza" + Random(Alnum + "_-", 35), "Google API key" };
            yield return new object[] { "SG." + Random(Alnum, 22) + "." + Random(Alnum, 43), "SendGrid" };
            yield return new object[] { "npm_" + Random(Alnum, 36), "npm token" };
            yield return new object[] { "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + Random(Alnum, 40) + "\n-----END RSA PRIVATE KEY-----", "private key" };
            yield return new object[] { "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0." + Random(Alnum, 43), "JSON Web Token" };
            yield return new object[] { "postgres://app:" + Random(Alnum, 16) + "@db.internal:5432/app", "password inside a connection URL" };
            yield return new object[] { Random(Alnum, 40), "random-looking token" };
            yield return new object[] { Random(Alnum + "+/", 40), "random-looking token" };
        }

        [Theory]
        [MemberData(nameof(Secrets))]
        public void A_secret_value_fires_on_the_value_under_an_innocent_name(string value, string kind)
        {
            var found = RuleAssert.Fires(RuleIds.PlaintextSecretInEnvironment, WithValue(value), "/containerDefinitions/0/environment/0/value", RuleSeverity.Warning);
            Assert.Contains(kind.Split(' ')[0], Assert.Single(found).Message, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>At least 200 realistic values that are not secrets.</summary>
        public static IReadOnlyList<string> NonSecrets()
        {
            var values = new List<string>
            {
                "production", "info", "debug", "true", "false", "8080", "0.0.0.0", "us-east-1", "eu-west-1", "UTC",
                "en_US.UTF-8", "/app/config/settings.json", "/var/run/secrets", "C:\\inetpub\\wwwroot", "--max-old-space-size=4096",
                "-Xms512m -Xmx2g -XX:+UseG1GC", "https://api.example.com/v1", "http://localhost:3000/health", "redis://cache.internal:6379/0",
                "postgres://app@db.internal:5432/app", "postgres://app:${DB_PASSWORD}@db:5432/app", "mysql://user:{{password}}@db/app",
                "amqp://guest:guest@rabbitmq:5672/", "jdbc:postgresql://db.internal:5432/orders", "db.internal.example.com",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf", "arn:aws:s3:::my-bucket/config.env",
                "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "arn:aws:iam::123456789012:role/app",
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2", "public.ecr.aws/nginx/nginx:1.27-alpine",
                "ghcr.io/example/service:v2.3.1", "mcr.microsoft.com/dotnet/aspnet:8.0", "*/5 * * * *", "0 0 12 * * ?",
                "1.2.3", "v2.14.0-rc.1", "2024-11-05T10:15:30Z", "Mon, 01 Jan 2024 00:00:00 GMT", "application/json",
                "text/plain; charset=utf-8", "GET,POST,PUT,DELETE", "Authorization,Content-Type", "a,b,c,d", "1000:1000",
                "ContainerUser", "nobody", "3600", "30s", "5m", "256Mi", "0.5", "-1", "NODE_ENV=production", "key=value;other=thing",
                "{\"logLevel\":\"debug\",\"features\":[\"a\",\"b\"]}", "log_level: debug\nworkers: 4", "The quick brown fox jumps over the lazy dog",
                "Welcome to the ACME storefront", "s3://my-bucket/path/to/file.txt", "file:///etc/ssl/certs/ca-certificates.crt",
                "/fluent-bit/etc/extra.conf", "com.example.service.Main", "org.springframework.boot.loader.JarLauncher",
                "Microsoft.AspNetCore", "AWS_REGION", "my-service-production-blue", "order-service.prod.svc.cluster.local",
                "x-request-id", "X-Forwarded-For", "sha256", "SHA-256", "AES256", "aws:kms", "ENABLED", "DISABLED",
                "us-east-1a,us-east-1b,us-east-1c", "10.0.0.0/16", "172.17.0.1", "::1", "fe80::1ff:fe23:4567:890a",
                "com.amazonaws.ecs.capability.logging-driver.awslogs", "ecs.capability.execution-role-awslogs",
                "projects/my-project/locations/global", "MyCompany.Orders.Api", "OrdersServiceV2Production",
                "ThisIsAPascalCaseIdentifierName", "ecs-workshop-UserProfileDdbTable-14EXNJ76G4F4W", "ecs-workshop-images3bucket-1jsbaacpwfafo",
                "us-east-1_RpurSLpOW", "MyStack-ServiceTaskDefinition-AbC123dEf456", "prod-Orders-Queue-1A2B3C4D5E6F7", "sg-0123456789abcdef0", "camelCaseVariableNameThatIsLong", "SCREAMING_SNAKE_CASE_CONSTANT_NAME",
            };

            var random = new Random(20261204);
            byte[] Bytes(int n)
            {
                var b = new byte[n];
                random.NextBytes(b);
                return b;
            }

            for (int i = 0; i < 30; i++)
            {
                values.Add(new Guid(Bytes(16)).ToString());                                          // UUIDs
                values.Add(new Guid(Bytes(16)).ToString("N").ToUpperInvariant());                   // UUIDs, bare, upper case
                values.Add(Convert.ToHexString(SHA256.HashData(Bytes(8))).ToLowerInvariant());       // SHA-256 hex
                values.Add("sha256:" + Convert.ToHexString(SHA256.HashData(Bytes(8))).ToLowerInvariant()); // image digests
                values.Add("nginx@sha256:" + Convert.ToHexString(SHA256.HashData(Bytes(8))).ToLowerInvariant());
                values.Add(Convert.ToHexString(SHA1.HashData(Bytes(8))).ToLowerInvariant());         // git SHAs
                values.Add(Convert.ToHexString(MD5.HashData(Bytes(8))));                             // MD5, upper-case hex
                values.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(
                    "{\"region\":\"us-east-" + i.ToString(CultureInfo.InvariantCulture) + "\",\"retries\":" + (i * 7).ToString(CultureInfo.InvariantCulture) + ",\"mode\":\"standard\"}"))); // base64 config
            }

            return values;
        }

        [Fact]
        public void At_least_200_realistic_non_secret_values_give_no_finding()
        {
            IReadOnlyList<string> values = NonSecrets();
            Assert.True(values.Count >= 200, "only " + values.Count + " values");
            var fired = values.Where(v => RuleAssert.Validate(WithValue(v)).Any(d => d.RuleId == RuleIds.PlaintextSecretInEnvironment)).ToList();
            Assert.True(fired.Count == 0, "false positives: " + string.Join(" | ", fired));
        }
    }
}
