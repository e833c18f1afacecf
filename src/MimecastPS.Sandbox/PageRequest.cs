using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

/// <summary>
/// The page a list endpoint was asked for (meta.pagination.pageSize and pageToken), and the pagination block of
/// its answer. The token is Base64 of an offset, which clients must treat as opaque.
/// </summary>
internal sealed class PageRequest
{
    private const int MaxPageSize = 500;
    private const string TokenPrefix = "offset:";

    private PageRequest(int pageSize, int offset)
    {
        PageSize = pageSize;
        Offset = offset;
    }

    public int PageSize { get; }

    public int Offset { get; }

    /// <summary>Sizes outside 1..500 are clamped, not refused: a client asking for too much still gets pages.</summary>
    public static PageRequest Read(JsonElement? meta, int defaultPageSize)
    {
        var pagination = meta is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("pagination", out var p)
            && p.ValueKind == JsonValueKind.Object
                ? p
                : default;
        var pageSize = pagination.ValueKind == JsonValueKind.Object
            && pagination.TryGetProperty("pageSize", out var size)
            && size.ValueKind == JsonValueKind.Number
            && size.TryGetInt32(out var requested)
                ? Math.Clamp(requested, 1, MaxPageSize)
                : defaultPageSize;
        var token = pagination.ValueKind == JsonValueKind.Object
            && pagination.TryGetProperty("pageToken", out var t)
            && t.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(t.GetString())
                ? t.GetString()
                : null;
        return new PageRequest(pageSize, DecodeToken(token));
    }

    /// <summary>This page of <paramref name="matches"/>, and how many there are in all (one pass, no copy of the rest).</summary>
    public (IReadOnlyList<T> Page, int TotalCount) Slice<T>(IEnumerable<T> matches)
    {
        var page = new List<T>(Math.Min(PageSize, 100));
        var total = 0;
        foreach (var match in matches)
        {
            if (total >= Offset && page.Count < PageSize)
            {
                page.Add(match);
            }

            total++;
        }

        return (page, total);
    }

    /// <summary>meta.pagination of the answer: "next" only while more matches follow this page.</summary>
    public JsonObject Describe(int returnedCount, int totalCount)
    {
        var pagination = new JsonObject { ["pageSize"] = PageSize, ["totalCount"] = totalCount };
        var nextOffset = Offset + returnedCount;
        if (nextOffset < totalCount)
        {
            pagination["next"] = Convert.ToBase64String(
                Encoding.UTF8.GetBytes(TokenPrefix + nextOffset.ToString(CultureInfo.InvariantCulture)));
        }

        return pagination;
    }

    private static int DecodeToken(string? token)
    {
        if (token is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith(TokenPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(TokenPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
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
