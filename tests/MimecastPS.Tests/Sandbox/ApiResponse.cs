using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MimecastPS.Tests.Sandbox;

/// <summary>An answer read in full: status, headers and the JSON body.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, HttpResponseHeaders Headers, JsonElement Json)
{
    public JsonElement Data => Json.GetProperty("data");

    public JsonElement Fail => Json.GetProperty("fail");

    /// <summary>The first error code of the first fail entry (API 1.0 shape: fail[0].errors[0].code).</summary>
    public string FirstErrorCode => Fail[0].GetProperty("errors")[0].GetProperty("code").GetString()!;

    public string FirstErrorMessage => Fail[0].GetProperty("errors")[0].GetProperty("message").GetString()!;

    public string Header(string name) => Headers.GetValues(name).Single();
}
