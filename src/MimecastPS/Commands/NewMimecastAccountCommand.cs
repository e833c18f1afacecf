using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using MimecastPS.Auth;
using MimecastPS.Binding;
using MimecastPS.Json;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>Creates Mimecast customer accounts as a partner: POST /api/account/create-account (API 1.0 only).</summary>
    [Cmdlet(VerbsCommon.New, "MimecastAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/New-MimecastAccount.md")]
    [OutputType(typeof(MimecastAccount))]
    public sealed class NewMimecastAccountCommand : MimecastRowCmdlet
    {
        internal const string Api1RequiredErrorId = "CreateAccountNeedsApi1";
        internal const string OutOfRangeCode = "ValueOutOfRange";
        internal const string InvalidChoiceCode = "InvalidChoice";

        private static readonly string[] AdminRoles = ChoicesAttribute.Of(typeof(NewMimecastAccountCommand), nameof(AdminRole));
        private static readonly string[] MailPlatforms = ChoicesAttribute.Of(typeof(NewMimecastAccountCommand), nameof(MailPlatform));

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string AccountName { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? AddressLine1 { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? City { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? State { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PostalCode { get; set; }

        /// <summary>Two-letter country code, such as GB or US.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Country { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? CompanyRegistrationNumber { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumberTransformation]
        public int? MaximumRetention { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ContactEmail { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ContactName { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Telephone { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumberTransformation]
        public int? NumberOfUsers { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumberTransformation]
        public int? EstimatedUserCount { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Choices("basic_admin", "full_admin")]
        [ArgumentCompleter(typeof(ChoicesCompleter))]
        public string? AdminRole { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SecureStringTransformation]
        public SecureString? AdminPassword { get; set; }

        /// <summary>Mimecast's default is true; give false to let the first administrator keep the password.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter ForcePasswordChange { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PrimaryDomain { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Choices("office_365", "on_premises", "hosted_exchange")]
        [ArgumentCompleter(typeof(ChoicesCompleter))]
        public string? MailPlatform { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ListTransformation]
        public string[]? UmbrellaAccounts { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ListTransformation(WholeNumbers = true)]
        public int[]? Products { get; set; }

        /// <summary>
        /// Creating an account is rare and heavy, and Mimecast does not refuse a duplicate: one account per request
        /// keeps each outcome unambiguous, and a request that may have run is never sent again.
        /// </summary>
        private static readonly RowEndpoint Definition = new RowEndpoint("/api/account/create-account", "Create Mimecast customer account", "Creating Mimecast customer accounts",
            item => null,
            (sent, answer) => new MimecastAccount
            {
                AccountName = JsonFields.Text(sent, "accountName")!,
                AccountCode = JsonFields.Text(answer!, "accountCode"),
                Domain = JsonFields.Text(answer!, "domain"),
                Packages = (answer!["packages"] as JArray)?.Select(p => p.ToString()).ToArray() ?? new string[0],
                AdminEmail = JsonFields.Text(answer!, "adminEmail"),
            },
            MimecastRowStatus.Created,
            safeToResend: false,
            defaultBatchSize: 1);

        private protected override RowEndpoint Endpoint => Definition;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (ResolvedSession != null && ResolvedSession.ApiVersion != "1.0")
            {
                ThrowTerminating(new InvalidOperationException(
                    "New-MimecastAccount needs an API 1.0 connection (access key, secret key, application ID and key): Mimecast offers /api/account/create-account only in API 1.0. "
                    + "Connect with Connect-Mimecast -AccessKey ... -SecretKey ... -AppId ... -AppKey ... -Region ..., and pass that session with -Session."),
                    Api1RequiredErrorId, ErrorCategory.InvalidOperation);
            }
        }

        private protected override IEnumerable<RowRequest> CreateRequests()
        {
            string name = RowValidation.Clean(AccountName);
            var refusal = Validate(name);
            if (refusal != null)
            {
                yield return RowRequest.Refuse(name, refusal);
                yield break;
            }
            var item = new JObject
            {
                ["accountName"] = name,
                ["addressLine1"] = AddressLine1!.Trim(),
                ["city"] = City!.Trim(),
                ["state"] = State!.Trim(),
                ["postalCode"] = PostalCode!.Trim(),
                ["country"] = Country!.Trim().ToUpperInvariant(),
                ["companyRegistrationNumber"] = CompanyRegistrationNumber!.Trim(),
                ["maximumRetention"] = MaximumRetention!.Value,
                ["contactEmail"] = ContactEmail!.Trim(),
                ["contactName"] = ContactName!.Trim(),
                ["telephone"] = Telephone!.Trim(),
                ["numberOfUsers"] = NumberOfUsers!.Value,
                ["adminPassword"] = AdminPassword!.Reveal(),
                ["products"] = new JArray(Products!),
            };
            if (EstimatedUserCount.HasValue) item["estimatedUserCount"] = EstimatedUserCount.Value;
            if (RowValidation.IsGivenText(AdminRole)) item["adminRole"] = AdminRole!.Trim().ToLowerInvariant();
            if (IsGiven(nameof(ForcePasswordChange))) item["forcePasswordChange"] = ForcePasswordChange.IsPresent;
            if (RowValidation.IsGivenText(PrimaryDomain)) item["primaryDomain"] = PrimaryDomain!.Trim();
            if (RowValidation.IsGivenText(MailPlatform)) item["mailPlatform"] = MailPlatform!.Trim().ToLowerInvariant();
            if (UmbrellaAccounts != null && UmbrellaAccounts.Length > 0) item["umbrellaAccounts"] = new JArray(UmbrellaAccounts.Select(a => a.Trim()));
            yield return RowRequest.Send(name, item);
        }

        private RowFailure? Validate(string name)
        {
            var missing = new List<string>();
            if (name.Length == 0) missing.Add(nameof(AccountName));
            foreach (var (parameter, value) in new[]
            {
                (nameof(AddressLine1), AddressLine1), (nameof(City), City), (nameof(State), State), (nameof(PostalCode), PostalCode),
                (nameof(Country), Country), (nameof(CompanyRegistrationNumber), CompanyRegistrationNumber), (nameof(ContactEmail), ContactEmail),
                (nameof(ContactName), ContactName), (nameof(Telephone), Telephone),
            })
            {
                if (!RowValidation.IsGivenText(value)) missing.Add(parameter);
            }
            if (!MaximumRetention.HasValue) missing.Add(nameof(MaximumRetention));
            if (!NumberOfUsers.HasValue) missing.Add(nameof(NumberOfUsers));
            if (AdminPassword == null) missing.Add(nameof(AdminPassword));
            if (Products == null || Products.Length == 0) missing.Add(nameof(Products));
            if (missing.Count > 0) return RowValidation.Missing(name, missing.ToArray());

            string subject = name + ": ";
            if (MaximumRetention < 1 || MaximumRetention > 999999)
                return RowFailures.Invalid(OutOfRangeCode, subject + "-MaximumRetention " + MaximumRetention + " is outside 1..999999 days.");
            if (NumberOfUsers < 1)
                return RowFailures.Invalid(OutOfRangeCode, subject + "-NumberOfUsers " + NumberOfUsers + " must be at least 1.");
            if (EstimatedUserCount.HasValue && EstimatedUserCount < 1)
                return RowFailures.Invalid(OutOfRangeCode, subject + "-EstimatedUserCount " + EstimatedUserCount + " must be at least 1.");
            if (Products!.Any(p => p <= 0))
                return RowFailures.Invalid(OutOfRangeCode, subject + "-Products must be positive product IDs.");
            string country = Country!.Trim();
            if (country.Length != 2 || !country.All(char.IsLetter))
                return RowFailures.Invalid("InvalidCountryCode", subject + "-Country '" + country + "' is not a two-letter country code such as GB or US.");
            var contact = RowValidation.CheckEmailAddress(nameof(ContactEmail), ContactEmail!.Trim());
            if (contact != null) return RowFailures.Invalid(contact.Code, subject + contact.Message);
            if (RowValidation.IsGivenText(AdminRole) && !AdminRoles.Contains(AdminRole!.Trim(), StringComparer.OrdinalIgnoreCase))
                return RowFailures.Invalid(InvalidChoiceCode, subject + "-AdminRole '" + AdminRole + "' is not one of " + string.Join(", ", AdminRoles) + ".");
            if (RowValidation.IsGivenText(MailPlatform) && !MailPlatforms.Contains(MailPlatform!.Trim(), StringComparer.OrdinalIgnoreCase))
                return RowFailures.Invalid(InvalidChoiceCode, subject + "-MailPlatform '" + MailPlatform + "' is not one of " + string.Join(", ", MailPlatforms) + ".");
            return null;
        }
    }
}
