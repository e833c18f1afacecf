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
            => WithEarlierAttempt(row, entry.Errors[0].Code, Refusal(entry, row.Subject), ErrorCategories.ForCode(entry.Errors[0].Code));

        /// <summary>A fail entry about something that was sent once (a lookup, an Invoke-MimecastApi item).</summary>
        public static RowFailure FromFailEntry(FailEntry entry, string subject)
            => new RowFailure(entry.Errors[0].Code, Refusal(entry, subject), ErrorCategories.ForCode(entry.Errors[0].Code));

        private static string Refusal(FailEntry entry, string subject)
            => subject + ": Mimecast refused it: "
                + string.Join("; ", entry.Errors.Select(e => e.Code + (string.IsNullOrEmpty(e.Message) ? "" : ": " + e.Message.TrimEnd('.')) + (e.Field == null ? "" : " (field " + e.Field + ")")))
                + ".";

        public static RowFailure FromRequestFailure(ApiFailure failure, PendingRow row)
            => WithEarlierAttempt(row, failure.Code, row.Subject + ": " + failure.Describe(), ErrorCategories.ForFailure(failure),
                failure.Kind == FailureKind.Network || failure.Kind == FailureKind.Timeout || failure.Kind == FailureKind.OutcomeUnknown);

        public static RowFailure NoOutcome(PendingRow row, string path)
            => WithEarlierAttempt(row, NoOutcomeCode,
                row.Subject + ": Mimecast's answer to POST " + path + " reported no outcome for this row, even when it was sent alone. Its state is unknown: check it before re-running it.",
                ErrorCategory.InvalidResult, stateUnknown: true);

        /// <summary>A row of an endpoint that must not run twice, left unreported by an answer that did run: it is not sent again.</summary>
        public static RowFailure OutcomeUnknown(PendingRow row, string path)
            => new RowFailure(OutcomeUnknownCode,
                row.Subject + ": Mimecast's answer to POST " + path + " reported no outcome for this row. It may have been carried out; it was not sent again, because a second attempt could do it twice.",
                ErrorCategory.InvalidResult, "Check whether it was carried out before sending this row again.", stateUnknown: true);

        /// <summary>A row the command ended without reporting: its request was on its way, or it was never sent.</summary>
        public static RowFailure Unfinished(PendingRow row, bool dispatched)
            => dispatched
                ? new RowFailure(OutcomeUnknownCode, row.Subject + ": the command was stopped while this row's request was on its way; it may or may not have been carried out.", ErrorCategory.OperationStopped, stateUnknown: true)
                : new RowFailure(NotSentCode, row.Subject + ": the command was stopped before this row was sent.", ErrorCategory.OperationStopped);

        public static RowFailure Invalid(string code, string message)
            => new RowFailure(code, message, ErrorCategory.InvalidArgument);

        /// <summary>
        /// Any error of a row sent again after an attempt that may have run says so: "already exists" may then be
        /// the row's own earlier success, and any other error leaves that earlier attempt's outcome open.
        /// </summary>
        private static RowFailure WithEarlierAttempt(PendingRow row, string code, string message, ErrorCategory category, bool stateUnknown = false)
        {
            if (row.ResentBecause == null)
            {
                return new RowFailure(code, message, category, null, stateUnknown);
            }
            string action = "An earlier attempt of this row may have succeeded: it was sent again because " + row.ResentBecause + ". Check the directory before re-running it.";
            return new RowFailure(code, message + " " + action, category, action, stateUnknown);
        }
    }
}
