namespace MimecastPS.Tests.Help;

/// <summary>
/// Each output type prints as its table view, at 80 columns (pwsh -File with its output redirected) and at 120 (the
/// Windows console), with values as long as Mimecast's: 43-character ids, long addresses. A table is read back cell
/// by cell from the column positions of its underline, so a missing, extra or moved column, or a shortened value,
/// fails. Without the views types with more than four properties print as lists, so a header line at all proves the
/// format file was loaded and selected.
/// </summary>
public sealed class FormatViewTests
{
    /// <summary>A real Mimecast id: 43 characters.</summary>
    private const string MimecastId = "eNoBw7ApVOH-R_FiAJgbmeHakVVLxXRcy29heZCAfHc";

    private const string LongAddress = "margaret.longname-smithson@contoso.com";

    public static TheoryData<string, int, string[], string[]> Tables => new()
    {
        {
            "[MimecastPS.MimecastUser]@{ EmailAddress = '" + LongAddress + "'; Name = 'Margaret Longname'; Id = '" + MimecastId + "'; AccountLocked = $true; Status = 'Created' }",
            80, ["Status", "EmailAddress", "Name"], ["Created", LongAddress, "Margaret Longname"]
        },
        {
            "[MimecastPS.MimecastUser]@{ EmailAddress = '" + LongAddress + "'; Name = 'Margaret Longname'; Id = '" + MimecastId + "'; AccountLocked = $true; Status = 'AlreadyPresent' }",
            120, ["Status", "EmailAddress", "Name"], ["AlreadyPresent", LongAddress, "Margaret Longname"]
        },
        {
            "[MimecastPS.MimecastAlias]@{ Alias = 'a.lee@contoso.com'; AliasFor = 'ann@contoso.com'; Domain = 'contoso.com'; IsInternal = $true; Type = 'alias'; Status = 'Added' }",
            80, ["Status", "Alias", "AliasFor"], ["Added", "a.lee@contoso.com", "ann@contoso.com"]
        },
        {
            "[MimecastPS.MimecastDelegate]@{ PrimaryAddress = 'assistant@contoso.com'; DelegateAddress = '" + LongAddress + "'; Id = '" + MimecastId + "'; Status = 'Removed' }",
            120, ["Status", "PrimaryAddress", "DelegateAddress"], ["Removed", "assistant@contoso.com", LongAddress]
        },
        {
            "[MimecastPS.MimecastGroup]@{ Name = 'Finance and Accounting EMEA'; Id = '" + MimecastId + "'; Source = 'ldap'; ParentId = 'parent-id'; UserCount = 1250; FolderCount = 3 }",
            80, ["Name", "Id", "Source"], ["Finance and Accounting EMEA", MimecastId, "ldap"]
        },
        {
            "[MimecastPS.MimecastGroup]@{ Name = 'Finance and Accounting EMEA'; Id = '" + MimecastId + "'; Source = 'ldap'; ParentId = 'parent-id'; UserCount = 1250; FolderCount = 3 }",
            120, ["Name", "Id", "Source", "UserCount", "FolderCount"], ["Finance and Accounting EMEA", MimecastId, "ldap", "1250", "3"]
        },
        {
            "[MimecastPS.MimecastGroupMember]@{ GroupId = '" + MimecastId + "'; EmailAddress = '" + LongAddress + "'; Domain = 'contoso.com'; Internal = $true; Name = 'M L'; Id = 'member-id'; Status = 'AlreadyPresent' }",
            80, ["Status", "EmailAddress", "Domain"], ["AlreadyPresent", LongAddress, "contoso.com"]
        },
        {
            "[MimecastPS.MimecastAccount]@{ AccountName = 'Fabrikam Holdings'; AccountCode = 'CUSA12A34'; Domain = 'fabrikam.com'; AdminEmail = 'admin@fabrikam.com'; Packages = 'pkg-hidden'; Status = 'Created' }",
            80, ["Status", "AccountName", "AccountCode", "AdminEmail"], ["Created", "Fabrikam Holdings", "CUSA12A34", "admin@fabrikam.com"]
        },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Output_type_prints_as_a_table_with_the_chosen_columns_whole(string creation, int width, string[] columns, string[] cells)
    {
        using var ps = new RenderingRunspace();
        string text = ps.Render(creation + " | Out-String -Width " + width);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd().Length <= width, "Wider than " + width + ": " + line));
        var table = RenderedTable.Read(text);
        Assert.Equal(columns, table.Columns);
        Assert.Equal(cells, Assert.Single(table.Rows));
    }

    [Fact]
    public void Format_List_shows_every_property_of_a_user_in_the_order_of_its_table()
    {
        using var ps = new RenderingRunspace();
        string text = ps.Render("[MimecastPS.MimecastUser]@{ EmailAddress = 'ann@contoso.com'; Name = 'Ann Lee'; Id = '" + MimecastId + "'; AccountLocked = $true; Status = 'Updated' } | Format-List");
        string[] labels = text.Split('\n').Where(line => line.Contains(" : ") || line.TrimEnd().EndsWith(" :", StringComparison.Ordinal))
            .Select(line => line.Split(':')[0].Trim()).ToArray();
        Assert.Equal(["Status", "EmailAddress", "Name", "Id", "Domain", "AccountCode", "AccountLocked", "AccountDisabled", "AllowPop", "AllowSmtp",
            "PasswordNeverExpires", "ForcePasswordChange", "ArchiveStartDate"], labels);
        Assert.Contains("Id                   : " + MimecastId, text);
    }

    [Fact]
    public void A_session_prints_as_a_table_without_its_secret()
    {
        using var ps = new RenderingRunspace();
        string text = ps.Render("Connect-Mimecast -ClientId 'client-for-format-test' -ClientSecret 'format-test-secret-value' -Region UK -SkipValidation -PassThru | Out-String -Width 80");
        var table = RenderedTable.Read(text);
        Assert.Equal(["ApiVersion", "BaseUri", "Identity"], table.Columns);
        Assert.Equal(["2.0", "https://uk-api.services.mimecast.com/", "client-for-format-test"], Assert.Single(table.Rows));
        Assert.DoesNotContain("format-test-secret-value", text);
    }
}
