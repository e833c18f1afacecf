using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MimecastPS.Auth;

namespace MimecastPS.Tests.Unit;

public sealed class HmacRequestSignerTests
{
    [Fact]
    public void The_public_test_vector_gives_the_published_signature()
    {
        string signature = HmacRequestSigner.Sign(Convert.FromBase64String("U2VjcmV0S2V5"), "Sun, 21 Aug 2022 13:49:40 UTC",
            "3d796b76-4180-40e5-8f7c-6e0fd643b1a9", "/api/test/some-url", "ApplicationKey");
        Assert.Equal("WOywLsnZlsE+D6bp/ug6uch5kxc=", signature);
    }

    [Theory]
    [InlineData("c2FuZGJveC1zZWNyZXQta2V5LTAxMjM0NTY3ODk=", "Tue, 24 Nov 2015 12:50:11 UTC", "8578FCFC-A305-4D9A-99CB-F4D5ECEFE297", "/api/user/create-user", "app-key")]
    [InlineData("AAECAwQFBgcICQ==", "Mon, 01 Jan 2024 00:00:00 UTC", "00000000-0000-0000-0000-000000000000", "/api/account/get-account", "κλειδί")]
    public void Signatures_match_an_independent_hmac_sha1_over_date_id_path_and_app_key(string secret, string date, string id, string path, string appKey)
    {
        using var hmac = new HMACSHA1(Convert.FromBase64String(secret));
        string expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{date}:{id}:{path}:{appKey}")));
        Assert.Equal(expected, HmacRequestSigner.Sign(Convert.FromBase64String(secret), date, id, path, appKey));
    }

    [Fact]
    public void The_date_has_english_names_whatever_the_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("Tue, 24 Nov 2015 12:50:11 UTC", HmacRequestSigner.FormatDate(new DateTimeOffset(2015, 11, 24, 13, 50, 11, TimeSpan.FromHours(1))));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public async Task Each_attempt_gets_a_new_request_id_and_its_own_signature()
    {
        var signer = new HmacRequestSigner("ak", "U2VjcmV0S2V5".ToSecureString(), "app", "key".ToSecureString(), () => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var first = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/api/x");
        var second = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/api/x");
        await signer.AuthenticateAsync(first, "/api/x", MimecastPS.Transport.NullRequestLog.Instance, default);
        await signer.AuthenticateAsync(second, "/api/x", MimecastPS.Transport.NullRequestLog.Instance, default);
        Assert.NotEqual(first.Headers.GetValues("x-mc-req-id").Single(), second.Headers.GetValues("x-mc-req-id").Single());
        Assert.NotEqual(first.Headers.GetValues("Authorization").Single(), second.Headers.GetValues("Authorization").Single());
        Assert.Equal("Mon, 01 Jan 2024 00:00:00 UTC", first.Headers.GetValues("x-mc-date").Single());
    }

    [Theory]
    [InlineData("not base64!", "app", "The secret key is not Base64")]
    [InlineData("U2VjcmV0S2V5", "", "application ID")]
    public void Malformed_keys_are_refused_with_a_message_naming_what_is_wrong(string secret, string appId, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new HmacRequestSigner("ak", secret.ToSecureString(), appId, "key".ToSecureString()));
        Assert.Contains(expected, error.Message);
    }
}
