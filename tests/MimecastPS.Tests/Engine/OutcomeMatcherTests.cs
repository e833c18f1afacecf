using MimecastPS.Json;
using MimecastPS.Pipeline;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Tests.Engine;

/// <summary>The one place that pairs answers with rows: what it pairs for certain, and what it leaves to be sent again.</summary>
public sealed class OutcomeMatcherTests
{
    private static RowEndpoint Endpoint(SuccessShape success) => new("/api/test/items", "Test", "Testing",
        item => JsonFields.Identity(item, "emailAddress"),
        (sent, answer) => (string)sent["emailAddress"]! + "=" + (answer == null ? "none" : (string?)answer["id"] ?? "keyless"),
        MimecastRowStatus.Added,
        success);

    private static List<PendingRow> Rows(RowEndpoint endpoint, params string[] addresses)
        => addresses.Select(a =>
        {
            var item = new JObject { ["emailAddress"] = a };
            return new PendingRow(a, RowRequest.Send(a, item), endpoint.Identity(item));
        }).ToList();

    private static ApiResponse Answer(string json) => EnvelopeParser.ToResponse(200, JObject.Parse(json), SecretValues.None);

    private static string Describe(PendingRow row)
        => row.Outcome == null ? "unresolved" : row.Outcome.Failure?.Code ?? (string)row.Outcome.Output!;

    [Fact]
    public void A_remove_style_answer_with_empty_data_succeeds_every_row_without_a_fail_entry()
    {
        var endpoint = Endpoint(SuccessShape.NoFailEntry);
        var rows = Rows(endpoint, "a@example.com", "b@example.com", "c@example.com");
        var left = OutcomeMatcher.Match(rows, Answer("""{"meta":{"status":200},"data":[],"fail":[{"key":{"emailAddress":"B@example.com"},"errors":[{"code":"err_not_found","message":"No"}]}]}"""), endpoint, IfExistsAction.Error, []);
        Assert.Empty(left);
        Assert.Equal(["a@example.com=none", "err_not_found", "c@example.com=none"], rows.Select(Describe));
    }

    [Fact]
    public void A_remove_style_answer_with_a_fail_entry_it_cannot_place_decides_nothing()
    {
        var endpoint = Endpoint(SuccessShape.NoFailEntry);
        var rows = Rows(endpoint, "a@example.com", "b@example.com");
        var left = OutcomeMatcher.Match(rows, Answer("""{"meta":{"status":200},"data":[],"fail":[{"errors":[{"code":"err_x","message":"No key"}]}]}"""), endpoint, IfExistsAction.Error, []);
        Assert.Equal(rows, left);
        Assert.All(rows, r => Assert.Null(r.Outcome));
    }

    [Fact]
    public void The_same_answer_alone_fails_its_one_row()
    {
        var endpoint = Endpoint(SuccessShape.NoFailEntry);
        var rows = Rows(endpoint, "a@example.com");
        Assert.Empty(OutcomeMatcher.Match(rows, Answer("""{"meta":{"status":200},"data":[],"fail":[{"errors":[{"code":"err_x","message":"No key"}]}]}"""), endpoint, IfExistsAction.Error, []));
        Assert.Equal("err_x", Describe(rows[0]));
    }

    [Fact]
    public void Keyless_answers_are_paired_by_position_when_they_account_for_exactly_the_rows_left()
    {
        var endpoint = Endpoint(SuccessShape.DataItemPerRow);
        var rows = Rows(endpoint, "a@example.com", "b@example.com");
        Assert.Empty(OutcomeMatcher.Match(rows, Answer("""{"meta":{"status":200},"data":[{"id":"1"},{"id":"2"}],"fail":[]}"""), endpoint, IfExistsAction.Error, []));
        Assert.Equal(["a@example.com=1", "b@example.com=2"], rows.Select(Describe));
    }

    [Fact]
    public void An_answer_that_names_a_stranger_is_never_paired_by_position()
    {
        var endpoint = Endpoint(SuccessShape.DataItemPerRow);
        var rows = Rows(endpoint, "a@example.com", "b@example.com");
        var left = OutcomeMatcher.Match(rows, Answer("""{"meta":{"status":200},"data":[{"emailAddress":"a@example.com","id":"1"},{"emailAddress":"z@example.com","id":"2"}],"fail":[]}"""), endpoint, IfExistsAction.Error, []);
        Assert.Equal(["a@example.com=1", "unresolved"], rows.Select(Describe));
        Assert.Equal([rows[1]], left);
    }

    [Fact]
    public void A_fail_entry_for_a_stranger_is_placed_on_no_row()
    {
        var endpoint = Endpoint(SuccessShape.NoFailEntry);
        var rows = Rows(endpoint, "a@example.com");
        var left = OutcomeMatcher.Match(rows, Answer("""{"meta":{"status":200},"data":[],"fail":[{"key":{"emailAddress":"z@example.com"},"errors":[{"code":"err_x"}]}]}"""), endpoint, IfExistsAction.Error, []);
        Assert.Equal(rows, left);
    }

    [Theory]
    [InlineData("Anna@Bücher.Example", "anna@xn--bcher-kva.example")]
    [InlineData(" anna@xn--bcher-kva.example ", "anna@xn--bcher-kva.example")]
    [InlineData("plain@example.com", "plain@example.com")]
    [InlineData("no-at-sign", "no-at-sign")]
    public void Addresses_are_compared_lower_cased_with_the_domain_in_punycode(string address, string identity)
        => Assert.Equal(identity, JsonFields.Identity(new JObject { ["emailAddress"] = address }, "emailAddress"));
}
