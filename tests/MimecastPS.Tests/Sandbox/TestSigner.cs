using System.Security.Cryptography;
using System.Text;

namespace MimecastPS.Tests.Sandbox;

/// <summary>
/// An independent API 1.0 signer for the tests, written from the README rather than shared with the sandbox,
/// so that a mistake in the sandbox's verifier cannot hide behind the same mistake here.
/// </summary>
internal static class TestSigner
{
    public static string AuthorizationValue(string accessKey, string secretKey, string appKey, string date, string requestId, string path)
    {
        using var hmac = new HMACSHA1(Convert.FromBase64String(secretKey));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(date + ":" + requestId + ":" + path + ":" + appKey)));
        return $"{accessKey}:{signature}";
    }
}
