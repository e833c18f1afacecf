namespace MimecastPS.Tests.Help;

/// <summary>
/// Each output type prints as its table view. Without the view, types with more than four properties print as
/// lists, so the header line with exactly these columns proves the format file was loaded and selected.
/// </summary>
public sealed class FormatViewTests
{
    [Theory]
    [InlineData("[MimecastPS.MimecastUser]@{ EmailAddress = 'ann@contoso.com'; Name = 'Ann Lee'; Id = 'uid-1'; AccountLocked = $true; AllowPop = $false }",
        new[] { "EmailAddress", "Name", "Id", "AccountLocked", "AccountDisabled" }, "ann@contoso.com", "AllowPop")]
    [InlineData("[MimecastPS.MimecastAlias]@{ Alias = 'a.lee@contoso.com'; AliasFor = 'ann@contoso.com'; Domain = 'contoso.com'; IsInternal = $true; Type = 'alias-type' }",
        new[] { "Alias", "AliasFor", "Domain", "IsInternal" }, "a.lee@contoso.com", "alias-type")]
    [InlineData("[MimecastPS.MimecastDelegate]@{ PrimaryAddress = 'assistant@contoso.com'; DelegateAddress = 'ceo@contoso.com'; Id = 'del-1' }",
        new[] { "PrimaryAddress", "DelegateAddress", "Id" }, "assistant@contoso.com", "PrimaryAddress :")]
    [InlineData("[MimecastPS.MimecastAccount]@{ AccountName = 'Fabrikam'; AccountCode = 'CUSA1'; Domain = 'fabrikam.com'; AdminEmail = 'admin@fabrikam.com'; Packages = 'pkg-hidden' }",
        new[] { "AccountName", "AccountCode", "Domain", "AdminEmail" }, "Fabrikam", "pkg-hidden")]
    public void Output_type_prints_as_a_table_with_the_chosen_columns(string creation, string[] columns, string value, string absent)
    {
        using var ps = new RenderingRunspace();
        string text = ps.Render(creation);
        AssertHeader(text, columns);
        Assert.Contains(value, text);
        Assert.DoesNotContain(absent, text);
    }

    [Fact]
    public void A_session_prints_as_a_table_without_its_secret()
    {
        using var ps = new RenderingRunspace();
        string text = ps.Render("Connect-Mimecast -ClientId 'client-for-format-test' -ClientSecret 'format-test-secret-value' -Region UK -SkipValidation -PassThru");
        AssertHeader(text, ["ApiVersion", "Identity", "BaseUri", "Region", "ConnectedAt"]);
        Assert.Contains("client-for-format-test", text);
        Assert.Contains("https://uk-api.services.mimecast.com/", text);
        Assert.DoesNotContain("format-test-secret-value", text);
        Assert.DoesNotContain("MaxRetryCount", text);
    }

    /// <summary>The first non-empty line is the table header: exactly these column names, in this order.</summary>
    private static void AssertHeader(string text, string[] columns)
    {
        string header = text.Split('\n').Select(line => line.Trim()).First(line => line.Length > 0);
        Assert.Equal(columns, header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
