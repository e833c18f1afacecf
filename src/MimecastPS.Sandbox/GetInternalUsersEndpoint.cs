using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>Lists users page by page; the page token is Base64 of an offset, which clients must treat as opaque.</summary>
internal sealed class GetInternalUsersEndpoint(SandboxDirectory directory) : ApiEndpoint
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;

    public override string Path => "/api/user/get-internal-users";

    public override bool RequiresData => false;

    public override EndpointAnswer Execute(IReadOnlyList<JsonElement> items, JsonElement? meta)
    {
        var filter = items.Count > 0 ? items[0] : default;
        var domain = StringProperty(filter, "domain");
        var query = StringProperty(filter, "query");
        var pagination = meta is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("pagination", out var p) ? p : default;
        var pageSize = ReadPageSize(pagination);
        var offset = DecodePageToken(StringProperty(pagination, "pageToken"));

        var (page, totalCount) = directory.QueryUsers(domain, query, offset, pageSize);
        var users = new JsonArray();
        foreach (var user in page)
        {
            var json = UserJson.Describe(user);
            json["id"] = user.Id;
            json["domain"] = user.Domain;
            json["alias"] = user.Aliases.Count;
            users.Add(json);
        }

        var paginationAnswer = new JsonObject { ["pageSize"] = pageSize, ["totalCount"] = totalCount };
        var nextOffset = offset + page.Count;
        if (nextOffset < totalCount)
        {
            paginationAnswer["next"] = EncodePageToken(nextOffset);
        }

        return new EndpointAnswer([ItemOutcome.Success(new JsonObject { ["users"] = users })], paginationAnswer);
    }

    /// <summary>Sizes outside 1..500 are clamped, not refused: a client asking for too much still gets pages.</summary>
    private static int ReadPageSize(JsonElement pagination) =>
        pagination.ValueKind == JsonValueKind.Object
        && pagination.TryGetProperty("pageSize", out var size)
        && size.TryGetInt32(out var requested)
            ? Math.Clamp(requested, 1, MaxPageSize)
            : DefaultPageSize;

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static string EncodePageToken(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset.ToString(CultureInfo.InvariantCulture)}"));

    private static int DecodePageToken(string? token)
    {
        if (token is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Not Base64: refused below like any other token this server did not issue.
        }

        throw new RequestRejectedException(400, new ApiError("err_validation_invalid_page_token",
            "pageToken is not a token this server issued", "pageToken"));
    }
}
