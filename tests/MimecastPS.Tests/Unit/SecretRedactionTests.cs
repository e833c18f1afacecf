using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Tests.Unit;

public sealed class SecretRedactionTests
{
    [Theory]
    [InlineData("accessKey")]
    [InlineData("apiKey")]
    [InlineData("x-api-key")]
    [InlineData("privateKey")]
    [InlineData("passphrase")]
    [InlineData("clientSecret")]
    [InlineData("secretKey")]
    [InlineData("app_key")]
    [InlineData("proxyAuthorization")]
    [InlineData("adminPassword")]
    public void Secret_names_are_masked(string name)
    {
        string redacted = SecretRedactor.Redact(new JObject { [name] = "hunter2-value" });
        Assert.DoesNotContain("hunter2-value", redacted);
        Assert.Contains("***", redacted);
    }

    [Fact]
    public void Yes_no_settings_with_secret_words_in_their_names_stay_readable()
    {
        string redacted = SecretRedactor.Redact(JObject.Parse("""{"forcePasswordChange":true,"passwordNeverExpires":false,"password":"P4ss-word","pageToken":"abc"}"""));
        Assert.Contains("\"forcePasswordChange\":true", redacted);
        Assert.Contains("\"passwordNeverExpires\":false", redacted);
        Assert.Contains("\"pageToken\":\"abc\"", redacted);
        Assert.DoesNotContain("P4ss-word", redacted);
    }

    [Fact]
    public void The_secret_values_of_a_body_are_found_at_any_depth_and_settings_are_not()
    {
        var body = JObject.Parse("""{"data":[{"emailAddress":"a@x","password":"Row-Pa55","forcePasswordChange":true},{"nested":{"adminPassword":"Adm1n\"q","credentials":{"u":"user","p":12345}}}]}""");
        Assert.Equal(["Row-Pa55", "Adm1n\"q", "user", "12345"], SecretRedactor.SecretValuesIn(body));
    }

    [Fact]
    public void Values_are_masked_as_sent_as_json_escapes_them_and_as_a_form_encodes_them()
    {
        var secrets = new SecretValues(() => ["Adm1n\"q/+x", null, "abc"]);
        Assert.Equal("a *** b *** c *** d ***", secrets.Redact("a Adm1n\"q/+x b Adm1n\\\"q/+x c Adm1n%22q%2F%2Bx d Adm1n%22q%2f%2bx"));
        // Values shorter than four characters would garble every message, and show themselves by where the masks fall.
        Assert.Equal("abc", secrets.Redact("abc"));
    }

    [Fact]
    public void Uri_user_info_is_masked_whatever_it_holds()
        => Assert.Equal("Proxy 'http://***@proxy.contoso.com:3128/' refused; see https://***@host/x",
            SecretValues.None.Redact("Proxy 'http://svc:Pr0xy%21pass@proxy.contoso.com:3128/' refused; see https://token@host/x"));

    [Fact]
    public void The_longest_secret_is_masked_first_so_that_no_part_of_it_shows()
        => Assert.Equal("key ***", new SecretValues(() => ["abcd", "abcdefgh"]).Redact("key abcdefgh"));
}
