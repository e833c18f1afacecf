using System.Collections.Generic;
using System.Linq;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// The one place that pairs an answer's data and fail entries with the rows that were sent. It pairs only
    /// what it can pair for certain: an entry that names an identity goes to the row with that identity (the
    /// dispatcher never puts two rows with one identity in a batch), and position is used only for entries that
    /// name none, only when they account for exactly the rows left, and never in an answer that named an
    /// identity it was not asked about. Whatever is left is returned, to be sent again singly.
    /// </summary>
    internal static class OutcomeMatcher
    {
        /// <summary>
        /// Sets the outcome of every row the answer accounts for; returns the rest in input order. A row whose object
        /// already exists is, by <paramref name="ifExists"/>, an error, a success marked AlreadyPresent, or left
        /// without outcome in <paramref name="toUpdate"/> for the caller to send as a change.
        /// </summary>
        public static List<PendingRow> Match(IReadOnlyList<PendingRow> rows, ApiResponse response, RowEndpoint endpoint, IfExistsAction ifExists, List<PendingRow> toUpdate)
        {
            var unresolved = rows.ToList();
            bool namedAStranger = false;
            var keylessFails = new List<FailEntry>();
            foreach (FailEntry fail in response.Fail)
            {
                string? identity = fail.Key == null ? null : endpoint.Identity(fail.Key);
                if (identity == null)
                {
                    keylessFails.Add(fail);
                    continue;
                }
                PendingRow? row = unresolved.FirstOrDefault(r => r.Identity == identity);
                if (row == null)
                {
                    namedAStranger = true;
                    continue;
                }
                Refused(row, fail, endpoint, ifExists, toUpdate);
                unresolved.Remove(row);
            }

            var keylessData = new List<JObject>();
            foreach (JObject answer in response.Data.OfType<JObject>())
            {
                string? identity = endpoint.Identity(answer);
                if (identity == null)
                {
                    keylessData.Add(answer);
                    continue;
                }
                PendingRow? row = unresolved.FirstOrDefault(r => r.Identity == identity);
                if (row == null)
                {
                    // An address that was not sent, or one answered twice: this answer cannot be trusted for position.
                    namedAStranger = true;
                    continue;
                }
                row.Outcome = Succeeded(row, answer, endpoint);
                unresolved.Remove(row);
            }

            if (namedAStranger || unresolved.Count == 0)
            {
                return unresolved;
            }
            if (endpoint.Success == SuccessShape.NoFailEntry)
            {
                // Success is the absence of a fail entry: certain for every row only when no fail entry is unplaced.
                if (keylessFails.Count == 0)
                {
                    foreach (var row in unresolved) row.Outcome = RowOutcome.Succeeded(WithStatus(endpoint.CreateOutput(row.Item!, null), endpoint.SuccessStatus));
                    unresolved.Clear();
                }
                else if (keylessFails.Count == 1 && unresolved.Count == 1)
                {
                    Refused(unresolved[0], keylessFails[0], endpoint, ifExists, toUpdate);
                    unresolved.Clear();
                }
                return unresolved;
            }
            if (keylessFails.Count == 0 && keylessData.Count == unresolved.Count)
            {
                for (int i = 0; i < unresolved.Count; i++)
                {
                    unresolved[i].Outcome = Succeeded(unresolved[i], keylessData[i], endpoint);
                }
                unresolved.Clear();
            }
            else if (keylessData.Count == 0 && keylessFails.Count == 1 && unresolved.Count == 1)
            {
                Refused(unresolved[0], keylessFails[0], endpoint, ifExists, toUpdate);
                unresolved.Clear();
            }
            return unresolved;
        }

        /// <summary>A fail entry placed on its row: the row's error, unless it says the object exists and the run was told otherwise.</summary>
        private static void Refused(PendingRow row, FailEntry fail, RowEndpoint endpoint, IfExistsAction ifExists, List<PendingRow> toUpdate)
        {
            bool exists = endpoint.ExistsMeansInPlace && ErrorCategories.ForCode(fail.Errors[0].Code) == System.Management.Automation.ErrorCategory.ResourceExists;
            if (exists && ifExists == IfExistsAction.Update && endpoint.WhenExists != null)
            {
                toUpdate.Add(row);
            }
            else if (exists && ifExists != IfExistsAction.Error)
            {
                row.Outcome = RowOutcome.Succeeded(WithStatus(endpoint.CreateOutput(row.Item!, null), MimecastRowStatus.AlreadyPresent));
            }
            else
            {
                row.Outcome = RowOutcome.Failed(RowFailures.FromFailEntry(fail, row));
            }
        }

        public static object WithStatus(object output, MimecastRowStatus status)
        {
            if (output is IRowResult result)
            {
                result.Status = status;
            }
            return output;
        }

        private static RowOutcome Succeeded(PendingRow row, JObject answer, RowEndpoint endpoint)
        {
            RowFailure? failure = endpoint.FailureInAnswer?.Invoke(answer, row.Subject);
            return failure != null ? RowOutcome.Failed(failure) : RowOutcome.Succeeded(WithStatus(endpoint.CreateOutput(row.Item!, answer), endpoint.SuccessStatus));
        }
    }
}
