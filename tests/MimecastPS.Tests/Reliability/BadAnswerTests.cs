using System.Management.Automation;
using System.Text;
using MimecastPS.Tests.Module;

namespace MimecastPS.Tests.Reliability;

/// <summary>Answers that are not what Mimecast sends: each affected row gets a clear error, and the pipeline lives on.</summary>
public sealed class BadAnswerTests
{
    private const string ThreeRows = """
        @([pscustomobject]@{ EmailAddress = 'b1@example.com' }, [pscustomobject]@{ EmailAddress = 'b2@example.com' }, [pscustomobject]@{ EmailAddress = 'b3@example.com' })
        """;

    private static PowerShellResult ImportThreeRows(ScriptedServer server)
    {
        using var ps = new ModuleRunspace();
        var connect = ps.Run($"Connect-Mimecast -BaseUri '{server.BaseUri}' -AccessKey ak -SecretKey 'U2VjcmV0S2V5' -AppId app -AppKey key -SkipValidation -MaxRetryCount 1");
        Assert.Null(connect.Terminating);
        return ps.Run(ThreeRows + " | New-MimecastUser");
    }

    public static TheoryData<int, string, string, string> Unreadable => new()
    {
        { 200, "text/html", "<html><body><h1>Proxy Authentication Required</h1></body></html>", "not JSON" },
        { 200, "application/json", "", "empty" },
        { 200, "application/json", "{\"meta\":{\"status\":200},\"data\":[{\"emailAddress\":\"b1@exa", "not JSON" },
        { 200, "application/json", "[\"an array\"]", "not an object" },
        { 502, "text/html", "<html>Bad gateway</html>", "HTTP 502" },
        { 200, "application/json", "{\"meta\":{\"status\":500},\"data\":[],\"fail\":[]}", "meta.status 500" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Every_row_gets_one_error_that_says_what_arrived(int status, string contentType, string body, string expected)
    {
        await using var server = await ScriptedServer.AnsweringAsync(status, contentType, Encoding.UTF8.GetBytes(body));
        var result = ImportThreeRows(server);
        Assert.Null(result.Terminating);
        Assert.Empty(result.Output);
        Assert.Equal(["b1@example.com", "b2@example.com", "b3@example.com"],
            result.Errors.Select(e => (string)((PSObject)e.TargetObject).Properties["EmailAddress"].Value));
        Assert.All(result.Errors, e => Assert.Contains(expected, e.Exception.Message));
    }

    [Fact]
    public async Task A_json_answer_with_the_wrong_content_type_is_still_read()
    {
        await using var server = await ScriptedServer.AnsweringAsync(200, "text/plain",
            Encoding.UTF8.GetBytes("""{"meta":{"status":200},"data":[{"emailAddress":"b1@example.com","id":"1"},{"emailAddress":"b2@example.com","id":"2"},{"emailAddress":"b3@example.com","id":"3"}],"fail":[]}"""));
        var result = ImportThreeRows(server);
        Assert.Empty(result.Errors);
        Assert.Equal(["1", "2", "3"], result.Output.Select(o => (string)o.Properties["Id"].Value));
    }

    [Fact]
    public async Task Null_and_unexpected_fields_do_not_crash_and_unaccounted_rows_are_reported()
    {
        await using var server = await ScriptedServer.AnsweringAsync(200, "application/json",
            Encoding.UTF8.GetBytes("""{"meta":{"status":200,"extra":{"x":[1,2]}},"data":[null,{"emailAddress":null,"id":null,"surprise":true},7],"fail":null}"""));
        var result = ImportThreeRows(server);
        Assert.Null(result.Terminating);
        Assert.Equal(3, result.Output.Count + result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("NoOutcomeReported,", e.FullyQualifiedErrorId));
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_read_without_throwing()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"meta\":{\"status\":200},\"data\":[],\"fail\":[{\"errors\":[{\"code\":\"err_x\",\"message\":\"bad \""), 0xFF, 0xFE, 0xC3, .. Encoding.UTF8.GetBytes("\"}]}]}")];
        await using var server = await ScriptedServer.AnsweringAsync(200, "application/json; charset=utf-8", body);
        var result = ImportThreeRows(server);
        Assert.Null(result.Terminating);
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public async Task A_huge_answer_is_refused_with_an_error_instead_of_exhausting_memory()
    {
        byte[] huge = new byte[70 * 1024 * 1024];
        Array.Fill(huge, (byte)' ');
        await using var server = await ScriptedServer.AnsweringAsync(200, "application/json", huge);
        var result = ImportThreeRows(server);
        Assert.Null(result.Terminating);
        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("NetworkFailure,", e.FullyQualifiedErrorId));
    }
}
