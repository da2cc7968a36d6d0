using TaskDefKit.Validation.Support;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class ImageReferenceTests
    {
        [Theory]
        [InlineData("nginx", null, "nginx", null, null)]
        [InlineData("nginx:1.27", null, "nginx", "1.27", null)]
        [InlineData("library/nginx:latest", null, "library/nginx", "latest", null)]
        [InlineData("quay.io/assemblyline/ubuntu", "quay.io", "assemblyline/ubuntu", null, null)]
        [InlineData("localhost/app:v1", "localhost", "app", "v1", null)]
        [InlineData("localhost:5000/app", "localhost:5000", "app", null, null)]
        [InlineData("127.0.0.1:51670/amazon/firelens-fluentd:latest", "127.0.0.1:51670", "amazon/firelens-fluentd", "latest", null)]
        [InlineData("amazon/amazon-ecs-agent", null, "amazon/amazon-ecs-agent", null, null)]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app@sha256:abc", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "team/app", null, "sha256:abc")]
        [InlineData("registry.example.com:443/app:1.0@sha256:abc", "registry.example.com:443", "app", "1.0", "sha256:abc")]
        [InlineData("localhost:5000", null, "localhost", "5000", null)]
        [InlineData("app:", null, "app", "", null)]
        public void Splits_host_repository_tag_and_digest(string image, string? host, string repository, string? tag, string? digest)
        {
            ImageReference reference = ImageReference.Parse(image);
            Assert.Equal(host, reference.Host);
            Assert.Equal(repository, reference.Repository);
            Assert.Equal(tag, reference.Tag);
            Assert.Equal(digest, reference.Digest);
        }

        [Fact]
        public void Name_length_excludes_the_digest()
        {
            ImageReference reference = ImageReference.Parse("app@sha256:" + new string('a', 64));
            Assert.Equal(3, reference.NameLength);
            Assert.True(reference.DigestIsSha256());
            Assert.True(reference.DigestIsSha256(lowercaseOnly: true));
        }

        [Theory]
        [InlineData("sha256:" + "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789", true, false)]
        [InlineData("sha256:abc", false, false)]
        [InlineData("sha512:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false, false)]
        [InlineData("sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg", false, false)]
        public void Checks_sha256_digests(string digest, bool valid, bool validLowercase)
        {
            ImageReference reference = ImageReference.Parse("app@" + digest);
            Assert.Equal(valid, reference.DigestIsSha256());
            Assert.Equal(validLowercase, reference.DigestIsSha256(lowercaseOnly: true));
        }

        [Theory]
        [InlineData("app:1.27", true)]
        [InlineData("app:_x", true)]
        [InlineData("app:v1.2-rc_3", true)]
        [InlineData("app:.hidden", false)]
        [InlineData("app:-x", false)]
        [InlineData("app:a#b", false)]
        [InlineData("app:", false)]
        public void Checks_tags(string image, bool valid) =>
            Assert.Equal(valid, ImageReference.Parse(image).TagIsValid());

        [Fact]
        public void Tags_are_at_most_128_characters()
        {
            Assert.True(ImageReference.Parse("app:" + new string('a', 128)).TagIsValid());
            Assert.False(ImageReference.Parse("app:" + new string('a', 129)).TagIsValid());
        }

        [Theory]
        [InlineData("nginx", true)]
        [InlineData("my-org/my_app", true)]
        [InlineData("a__b/c---d/e.f", true)]
        [InlineData("MyApp", false)]
        [InlineData("a..b", false)]
        [InlineData("a___b", false)]
        [InlineData("-a", false)]
        [InlineData("a/", false)]
        [InlineData("a//b", false)]
        public void Checks_repository_paths(string path, bool valid) =>
            Assert.Equal(valid, ImageReference.IsCanonicalPath(path, 0, path.Length));

        [Theory]
        [InlineData("a-b_c.d", true)]
        [InlineData("a--b", false)]
        [InlineData("a__b", false)]
        public void Single_separator_form_for_ecr_public(string path, bool valid) =>
            Assert.Equal(valid, ImageReference.IsCanonicalPath(path, 0, path.Length, singleSeparators: true));

        [Theory]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/app", true, true)]
        [InlineData("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app", true, true)]
        [InlineData("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/app", true, true)]
        [InlineData("XXXXX.dkr.ecr.us-east-1.amazonaws.com/app", true, false)]
        [InlineData("123456789012.dkr.ecr.US-EAST-1.amazonaws.com/app", true, false)]
        [InlineData("123456789012.dkr.ecr..amazonaws.com/app", true, false)]
        [InlineData("quay.io/app", false, false)]
        [InlineData("ecr.amazonaws.com/app", false, false)]
        public void Recognises_ecr_private_hosts(string image, bool isEcr, bool hostValid)
        {
            ImageReference reference = ImageReference.Parse(image);
            Assert.Equal(isEcr, reference.IsEcrPrivate());
            if (isEcr)
            {
                Assert.Equal(hostValid, reference.EcrPrivateHostIsValid());
            }
        }

        [Fact]
        public void Recognises_ecr_public()
        {
            Assert.True(ImageReference.Parse("public.ecr.aws/nginx/nginx:1.27").IsEcrPublic());
            Assert.False(ImageReference.Parse("public.ecr.aws.example.com/nginx").IsEcrPublic());
        }

        [Theory]
        [InlineData("nginx", -1)]
        [InlineData("${IMAGE}", 0)]
        [InlineData("app:{{tag}}", 4)]
        [InlineData("app@sha256:x y", -1)]
        public void Finds_characters_ecs_rejects_before_the_digest(string image, int index) =>
            Assert.Equal(index, ImageReference.Parse(image).FirstInvalidNameChar());
    }
}
