using System.Text.Json;
using System.Text.Json.Nodes;

namespace MimecastPS.Sandbox;

internal sealed class CreateAccountEndpoint(SandboxDirectory directory, SeededRandom random) : ItemEndpoint
{
    private static readonly string[] AdminRoles = ["basic_admin", "full_admin"];
    private static readonly string[] MailPlatforms = ["office_365", "on_premises", "hosted_exchange"];

    public override string Path => "/api/account/create-account";

    public override bool Api1Only => true;

    protected override ItemOutcome ExecuteItem(JsonElement item)
    {
        var fields = new ItemFieldReader(item);
        var accountName = fields.String("accountName", required: true);
        fields.String("addressLine1", required: true);
        ReadCountry(fields);
        fields.String("city", required: true);
        fields.String("state", required: true);
        fields.String("postalCode", required: true);
        fields.String("companyRegistrationNumber", required: true);
        fields.Integer("maximumRetention", required: true, 1, 999_999);
        fields.Email("contactEmail", required: true);
        fields.String("contactName", required: true);
        fields.String("telephone", required: true);
        fields.Integer("numberOfUsers", required: true, 1, int.MaxValue);
        fields.Integer("estimatedUserCount", required: false, 1, int.MaxValue);
        fields.Enum("adminRole", AdminRoles);
        fields.String("adminPassword", required: true);
        fields.Boolean("forcePasswordChange");
        fields.String("primaryDomain");
        fields.Enum("mailPlatform", MailPlatforms);
        fields.StringArray("umbrellaAccounts");
        var products = fields.IntegerArray("products", required: true);
        if (fields.HasErrors)
        {
            return ItemOutcome.Failure(item, fields.Errors);
        }

        var accountCode = random.NewId("C", 8).ToUpperInvariant();
        var domain = $"{accountCode.ToLowerInvariant()}.sandbox-mimecast.example";
        var account = new SandboxAccount(accountCode, accountName!, domain, $"admin@{domain}", products!);
        directory.AddAccount(account);
        return ItemOutcome.Success(new JsonObject
        {
            ["accountCode"] = account.AccountCode,
            ["domain"] = domain,
            ["packages"] = new JsonArray(products!.Select(product => (JsonNode?)JsonValue.Create($"Package {product}")).ToArray()),
            ["adminEmail"] = account.AdminEmail,
        });
    }

    private static void ReadCountry(ItemFieldReader fields)
    {
        var country = fields.String("country", required: true);
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            fields.AddError(new ApiError("err_validation_invalid_country",
                $"country must be a two-letter country code, not '{country}'", "country"));
        }
    }
}
