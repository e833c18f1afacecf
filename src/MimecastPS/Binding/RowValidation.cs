using System.Text.RegularExpressions;
using MimecastPS.Pipeline;

namespace MimecastPS.Binding
{
    /// <summary>Checks made before anything is sent, so a bad row costs no request and says exactly what is wrong.</summary>
    internal static class RowValidation
    {
        public const string InvalidEmailAddressCode = "InvalidEmailAddress";

        // Deliberately plain: one @, no spaces or control characters, a dot in the domain. Mimecast has the final
        // word on the rest. A control character (a tab or NUL from a broken export) would otherwise reach the directory.
        // Not RegexOptions.Compiled, here or below: compiling costs a cold scheduled-task run more (IL emitted, then
        // JIT) than interpreting these short anchored patterns saves over its rows.
        private static readonly Regex EmailAddress = new Regex(@"^[^@\s\p{Cc}]+@[^@\s\p{Cc}]+\.[^@\s\p{Cc}]+$", RegexOptions.CultureInvariant);

        public static bool IsEmailAddress(string? text) => text != null && text.Length <= 320 && EmailAddress.IsMatch(text);

        /// <summary>Null when <paramref name="address"/> is an email address; else the row's error.</summary>
        public static RowFailure? CheckEmailAddress(string parameter, string? address)
            => IsEmailAddress(address) ? null
                : RowFailures.Invalid(InvalidEmailAddressCode, "-" + parameter + " '" + Printable(address) + "' is not an email address.");

        /// <summary>The text with control characters shown as \uXXXX, so a message cannot be garbled or spoofed by them.</summary>
        public static string Printable(string? text)
            => Regex.Replace(text ?? string.Empty, @"\p{Cc}", m => "\\u" + ((int)m.Value[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));

        public const string InvalidDomainCode = "InvalidDomain";

        // A domain name: dot-separated labels of letters, digits and hyphens (an internationalised one in any script).
        private static readonly Regex DomainName = new Regex(@"^(?=.{1,253}$)([^\s\p{Cc}@.]+\.)+[^\s\p{Cc}@.]+$", RegexOptions.CultureInvariant);

        /// <summary>Null when <paramref name="domain"/> is a domain name; else the row's error.</summary>
        public static RowFailure? CheckDomain(string parameter, string? domain)
            => domain != null && DomainName.IsMatch(domain) ? null
                : RowFailures.Invalid(InvalidDomainCode, "-" + parameter + " '" + Printable(domain) + "' is not a domain name.");

        public const string MissingValueCode = "MissingRequiredValue";

        public static RowFailure Missing(string subject, params string[] parameters)
            => RowFailures.Invalid(MissingValueCode, subject + ": " + (parameters.Length == 1 ? "-" + parameters[0] + " is" : "-" + string.Join(", -", parameters) + " are")
                + " required but empty or missing.");

        public static string Clean(string? text) => (text ?? string.Empty).Trim();

        public static bool IsGivenText(string? text) => !Binding.PipelineValue.IsEmptyCell(text);
    }
}
