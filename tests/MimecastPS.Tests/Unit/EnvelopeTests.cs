using MimecastPS.Transport;

namespace MimecastPS.Tests.Unit;

public sealed class EnvelopeTests
{
    private static (ApiResponse? Response, ApiFailure? Failure) Classify(int status, string body, string contentType = "application/json")
        => MimecastTransport.Classify("/api/user/create-user", new HttpAnswer(status, contentType, body, default), SecretValues.None);

    [Fact]
    public void Data_and_fail_entries_with_and_without_key_are_read()
    {
        var (response, failure) = Classify(200, """
            {"meta":{"status":200},"data":[{"emailAddress":"a@example.com","id":"1"}],
             "fail":[{"key":{"emailAddress":"bad"},"errors":[{"code":"err_validation_invalid_email_address","message":"Invalid","retryable":false,"field":"emailAddress"}]},
                     {"errors":[{"code":"err_x","message":"No key"}]}]}
            """);
        Assert.Null(failure);
        Assert.Single(response!.Data);
        Assert.Equal("bad", (string)response.Fail[0].Key!["emailAddress"]!);
        Assert.Equal("emailAddress", response.Fail[0].Errors[0].Field);
        Assert.Null(response.Fail[1].Key);
        Assert.Equal("err_x", response.Fail[1].Errors[0].Code);
    }

    [Fact]
    public void Api2_codes_on_the_fail_entry_itself_are_read()
    {
        var (_, failure) = Classify(401, """{"meta":{"status":401},"fail":[{"code":"token_expired","message":"Token expired"}]}""");
        Assert.Equal(FailureKind.Authentication, failure!.Kind);
        Assert.Equal("token_expired", failure.Code);
        Assert.True(failure.DoomsEveryRow);
    }

    [Fact]
    public void A_200_whose_meta_status_is_500_is_a_retryable_server_failure_that_says_so()
    {
        var (response, failure) = Classify(200, """{"meta":{"status":500},"data":[],"fail":[]}""");
        Assert.Null(response);
        Assert.Equal(FailureKind.Server, failure!.Kind);
        Assert.True(failure.IsRetryable);
        Assert.Contains("meta.status 500", failure.Describe());
    }

    [Theory]
    [InlineData("<html><body>Proxy authentication required</body></html>", "text/html", "not JSON")]
    [InlineData("", "application/json", "empty")]
    [InlineData("{\"meta\":{\"status\":200},\"data\":[", "application/json", "not JSON")]
    [InlineData("[1,2]", "application/json", "not an object")]
    public void Answers_that_are_not_an_envelope_fail_clearly(string body, string contentType, string expected)
    {
        var (response, failure) = Classify(200, body, contentType);
        Assert.Null(response);
        Assert.Equal(FailureKind.UnreadableAnswer, failure!.Kind);
        Assert.Contains(expected, failure.Describe());
        Assert.False(failure.IsRetryable);
    }

    [Theory]
    [InlineData(400, "Rejected", false, false)]
    [InlineData(401, "Authentication", false, true)]
    [InlineData(403, "Forbidden", false, true)]
    [InlineData(404, "NotFound", false, true)]
    [InlineData(418, "BindingExpired", false, true)]
    [InlineData(429, "RateLimited", true, false)]
    [InlineData(503, "Server", true, false)]
    public void Whole_request_failures_are_classified(int status, string kind, bool retryable, bool fatal)
    {
        var (_, failure) = Classify(status, """{"meta":{"status":0},"fail":[{"errors":[{"code":"err_some_code","message":"m"}]}]}""");
        Assert.Equal(kind, failure!.Kind.ToString());
        Assert.Equal(retryable, failure.IsRetryable);
        Assert.Equal(fatal, failure.DoomsEveryRow);
        Assert.Equal("err_some_code", failure.Code);
    }

    [Fact]
    public void Dates_in_answers_stay_text()
    {
        var (response, _) = Classify(200, """{"meta":{"status":200},"data":[{"archiveStartDate":"2024-01-31T09:30:00+0000"}]}""");
        Assert.Equal("2024-01-31T09:30:00+0000", response!.Data[0]["archiveStartDate"]!.ToString());
    }

    [Fact]
    public void Redaction_masks_passwords_secrets_and_tokens_but_not_page_tokens()
    {
        string redacted = SecretRedactor.RedactText("""{"data":[{"password":"p1","adminPassword":"p2","nested":{"client_secret":"s","access_token":"t"},"emailAddress":"a@x"}],"meta":{"pagination":{"pageToken":"abc"}}}""");
        Assert.DoesNotContain("p1", redacted);
        Assert.DoesNotContain("p2", redacted);
        Assert.DoesNotContain("\"s\"", redacted);
        Assert.DoesNotContain("\"t\"", redacted);
        Assert.Contains("a@x", redacted);
        Assert.Contains("abc", redacted);
    }
}
