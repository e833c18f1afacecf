using System.Linq;
using System.Management.Automation;
using MimecastPS.Transport;

namespace MimecastPS.Pipeline
{
    /// <summary>The messages of row errors, in one place so every cmdlet words them alike.</summary>
    internal static class RowFailures
    {
        public const string NoOutcomeCode = "NoOutcomeReported";
        public const string OutcomeUnknownCode = "OutcomeUnknown";
        public const string NotSentCode = "NotSent";

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

        /// <summary>A row the command ended without reporting: its request was on its way, or it was never sent.</summary>
        public static RowFailure Unfinished(PendingRow row, bool dispatched)
            => dispatched
                ? new RowFailure(OutcomeUnknownCode, row.Subject + ": the command was stopped while this row's request was on its way; it may or may not have been carried out.", ErrorCategory.OperationStopped)
                : new RowFailure(NotSentCode, row.Subject + ": the command was stopped before this row was sent.", ErrorCategory.OperationStopped);

        public static RowFailure Invalid(string code, string message)
            => new RowFailure(code, message, ErrorCategory.InvalidArgument);
    }
}
