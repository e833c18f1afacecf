using System.Text.RegularExpressions;
using MimecastPS.Pipeline;

namespace MimecastPS.Commands
{
    /// <summary>Checks made before anything is sent, so a bad row costs no request and says exactly what is wrong.</summary>
    internal static class RowValidation
    {
        public const string InvalidEmailAddressCode = "InvalidEmailAddress";

        // Deliberately plain: one @, no spaces, a dot in the domain. Mimecast has the final word on the rest.
        private static readonly Regex EmailAddress = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        public static bool IsEmailAddress(string? text) => text != null && text.Length <= 320 && EmailAddress.IsMatch(text);

        /// <summary>Null when <paramref name="address"/> is an email address; else the row's error.</summary>
        public static RowFailure? CheckEmailAddress(string parameter, string? address)
            => IsEmailAddress(address) ? null
                : RowFailures.Invalid(InvalidEmailAddressCode, "-" + parameter + " '" + address + "' is not an email address.");

        public const string MissingValueCode = "MissingRequiredValue";

        public static RowFailure Missing(string subject, params string[] parameters)
            => RowFailures.Invalid(MissingValueCode, subject + ": " + (parameters.Length == 1 ? "-" + parameters[0] + " is" : "-" + string.Join(", -", parameters) + " are")
                + " required but empty or missing.");

        /// <summary>The part after the @, or null when there is none.</summary>
        public static string? DomainOf(string? address)
        {
            int at = address?.LastIndexOf('@') ?? -1;
            return at < 0 ? null : address!.Substring(at + 1);
        }

        public static string Clean(string? text) => (text ?? string.Empty).Trim();

        public static bool IsGivenText(string? text) => !Binding.PipelineValue.IsEmptyCell(text);
    }
}
