using MimecastPS.Sandbox;
using Xunit;

namespace MimecastPS.Tests.Sandbox;

public class SignatureTests
{
    private const string Secret = "U2VjcmV0S2V5";
    private const string Date = "Sun, 21 Aug 2022 13:49:40 UTC";
    private const string RequestId = "3d796b76-4180-40e5-8f7c-6e0fd643b1a9";
    private const string Path = "/api/test/some-url";

    [Fact]
    public void PublicVectorGivesThePublishedSignature()
    {
        Assert.Equal("WOywLsnZlsE+D6bp/ug6uch5kxc=", RequestSignature.Compute(Secret, Date, RequestId, Path, "ApplicationKey"));
        Assert.Equal("AccessKey:WOywLsnZlsE+D6bp/ug6uch5kxc=", TestSigner.AuthorizationValue("AccessKey", Secret, "ApplicationKey", Date, RequestId, Path));
    }

    [Fact]
    public void VerifierAcceptsThePublicVector() =>
        Assert.True(RequestSignature.Verify("WOywLsnZlsE+D6bp/ug6uch5kxc=", Secret, Date, RequestId, Path, "ApplicationKey"));

    [Theory]
    [InlineData("WOywLsnZlsE+D6bp/ug6uch5kxd=", Date, Path)]
    [InlineData("WOywLsnZlsE+D6bp/ug6uch5kxc=", "Sun, 21 Aug 2022 13:49:41 UTC", Path)]
    [InlineData("WOywLsnZlsE+D6bp/ug6uch5kxc=", Date, "/api/test/other-url")]
    public void VerifierRejectsATamperedSignatureOrInput(string signature, string date, string path) =>
        Assert.False(RequestSignature.Verify(signature, Secret, date, RequestId, path, "ApplicationKey"));

    [Fact]
    public void VerifierRejectsASecretThatIsNotBase64() =>
        Assert.False(RequestSignature.Verify("WOywLsnZlsE+D6bp/ug6uch5kxc=", "not base64!", Date, RequestId, Path, "ApplicationKey"));
}
