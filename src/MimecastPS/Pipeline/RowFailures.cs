using System.Linq;
using System.Management.Automation;
using MimecastPS.Transport;

namespace MimecastPS.Pipeline
{
    /// <summary>The messages of row errors, in one place so every cmdlet words them alike.</summary>
    internal static class RowFailures
    {
        public const string NoOutcomeCode = "NoOutcomeReported";

        public static RowFailure FromFailEntry(FailEntry entry, PendingRow row)
        {
            ApiError first = entry.Errors[0];
            string details = string.Join("; ", entry.Errors.Select(e => e.Code + (string.IsNullOrEmpty(e.Message) ? "" : ": " + e.Message.TrimEnd('.')) + (e.Field == null ? "" : " (field " + e.Field + ")")));
            string message = row.Subject + ": Mimecast refused it: " + details + ".";
            string? action = null;
            var category = ErrorCategories.ForCode(first.Code);
            if (row.ResentBecause != null && category == ErrorCategory.ResourceExists)
            {
                action = "An earlier attempt of this row may have succeeded: it was sent again because " + row.ResentBecause + ". Check the directory before re-running it.";
                message += " " + action;
            }
            return new RowFailure(first.Code, message, category, action);
        }

        public static RowFailure FromRequestFailure(ApiFailure failure, PendingRow row)
            => new RowFailure(failure.Code, row.Subject + ": " + failure.Describe(), ErrorCategories.ForFailure(failure));

        public static RowFailure NoOutcome(PendingRow row, string path)
            => new RowFailure(NoOutcomeCode,
                row.Subject + ": Mimecast's answer to POST " + path + " reported no outcome for this row, even when it was sent alone. Its state is unknown: check it before re-running it.",
                ErrorCategory.InvalidResult);

        public static RowFailure Invalid(string code, string message)
            => new RowFailure(code, message, ErrorCategory.InvalidArgument);
    }
}
