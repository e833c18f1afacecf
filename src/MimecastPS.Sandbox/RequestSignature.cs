using System.Security.Cryptography;
using System.Text;

namespace MimecastPS.Sandbox;

/// <summary>The API 1.0 request signature: Base64(HMAC-SHA1(Base64Decode(secret), "date:requestId:path:appKey")).</summary>
internal static class RequestSignature
{
    public static string Compute(string secretKeyBase64, string date, string requestId, string path, string appKey)
    {
        var key = Convert.FromBase64String(secretKeyBase64);
        var message = Encoding.UTF8.GetBytes($"{date}:{requestId}:{path}:{appKey}");
        return Convert.ToBase64String(HMACSHA1.HashData(key, message));
    }

    /// <summary>Compares in fixed time so the sandbox does not teach anyone a timing leak.</summary>
    public static bool Verify(string signature, string secretKeyBase64, string date, string requestId, string path, string appKey)
    {
        string expected;
        try
        {
            expected = Compute(secretKeyBase64, date, requestId, path, appKey);
        }
        catch (FormatException)
        {
            // A secret key that is not Base64 can never have produced a valid signature.
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(signature));
    }
}
