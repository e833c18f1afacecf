using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MimecastPS.Tests.Reliability;

/// <summary>
/// A loopback server that speaks Mimecast's envelope but misleads in one <see cref="HostileMode"/>: the answers a
/// confused gateway or a buggy endpoint could give, which the sandbox never gives on purpose. It executes each item
/// it accounts for once per request (counted in <see cref="Executions"/>) and needs no authentication, so tests
/// connect with -SkipValidation. Disposing it stops it.
/// </summary>
public sealed class HostileServer : IAsyncDisposable
{
    private static readonly IdnMapping Idn = new();

    private readonly ScriptedServer _server;
    private readonly ConcurrentQueue<int> _itemsPerRequest = new();

    private HostileServer(ScriptedServer server) => _server = server;

    public Uri BaseUri => _server.BaseUri;

    public HostileMode Mode { get; set; }

    /// <summary>How many items each request carried, in arrival order.</summary>
    public IReadOnlyList<int> ItemsPerRequest => _itemsPerRequest.ToList();

    /// <summary>How often each identity (address or account name) was carried out.</summary>
    public ConcurrentDictionary<string, int> Executions { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string Connect(string extra = "") =>
        $"Connect-Mimecast -BaseUri '{BaseUri}' -AccessKey ak -SecretKey 'U2VjcmV0S2V5' -AppId app -AppKey key -SkipValidation {extra}";

    public static async Task<HostileServer> StartAsync(HostileMode mode)
    {
        HostileServer? hostile = null;
        var server = await ScriptedServer.StartAsync(context => hostile!.AnswerAsync(context));
        hostile = new HostileServer(server) { Mode = mode };
        return hostile;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!.AsObject();
        var items = body["data"]?.AsArray().Select(i => i!.AsObject()).ToList() ?? [];
        _itemsPerRequest.Enqueue(items.Count);
        var data = new JsonArray();
        var fail = new JsonArray();
        var meta = new JsonObject { ["status"] = 200 };
        switch (Mode)
        {
            case HostileMode.FirstOutcomeTwice when items.Count > 1:
                data.Add(Execute(items[0]));
                data.Add(Answer(items[0]));
                break;
            case HostileMode.StrangerForLast when items.Count > 0:
                foreach (var item in items.Take(items.Count - 1)) data.Add(Execute(item));
                data.Add(new JsonObject { ["emailAddress"] = "stranger@elsewhere.example", ["id"] = "id-stranger" });
                break;
            case HostileMode.Reversed:
                foreach (var item in Enumerable.Reverse(items)) data.Add(Execute(item));
                break;
            case HostileMode.ReversedPunycode:
                foreach (var item in Enumerable.Reverse(items))
                {
                    var answer = Execute(item);
                    string address = (string)answer["emailAddress"]!;
                    int at = address.LastIndexOf('@');
                    answer["emailAddress"] = address[..(at + 1)] + Idn.GetAscii(address[(at + 1)..]);
                    data.Add(answer);
                }
                break;
            case HostileMode.OnlyFirstAnswered when items.Count > 0:
                foreach (var item in items) Execute(item);
                data.Add(Answer(items[0]));
                break;
            case HostileMode.RefusesBatchWithOneBadItem when items.Any(i => Identity(i).StartsWith("bad", StringComparison.OrdinalIgnoreCase)):
                context.Response.StatusCode = 400;
                meta["status"] = 400;
                fail.Add(new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = "err_validation_invalid_item", ["message"] = "The request holds an invalid item" }) });
                break;
            case HostileMode.CreatesOnceFirstRequestSlow:
                if (_itemsPerRequest.Count == 1)
                {
                    await Task.Delay(500);
                }
                foreach (var item in items)
                {
                    if (Executions.ContainsKey(Identity(item)))
                    {
                        fail.Add(new JsonObject { ["key"] = item.DeepClone(), ["errors"] = new JsonArray(new JsonObject { ["code"] = "err_user_already_exists", ["message"] = "The user already exists" }) });
                    }
                    else
                    {
                        data.Add(Execute(item));
                    }
                }
                break;
            case HostileMode.RepeatsPageToken:
                data.Add(new JsonObject { ["users"] = new JsonArray(new JsonObject { ["emailAddress"] = "page@example.com" }) });
                meta["pagination"] = new JsonObject { ["pageSize"] = 1, ["next"] = "the-same-token" };
                break;
            default:
                foreach (var item in items) data.Add(Execute(item));
                break;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["meta"] = meta, ["data"] = data, ["fail"] = fail }.ToJsonString());
    }

    private JsonObject Execute(JsonObject item)
    {
        Executions.AddOrUpdate(Identity(item), 1, (_, n) => n + 1);
        return Answer(item);
    }

    private static JsonObject Answer(JsonObject item)
    {
        string identity = Identity(item);
        return item["accountName"] != null
            ? new JsonObject { ["accountCode"] = "C-" + identity, ["domain"] = identity + ".example" }
            : new JsonObject { ["emailAddress"] = identity, ["id"] = "id-" + identity, ["name"] = item["name"]?.DeepClone() };
    }

    private static string Identity(JsonObject item) => (string?)item["emailAddress"] ?? (string?)item["accountName"] ?? "";

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
