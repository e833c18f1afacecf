using System.Collections.Generic;
using System.Linq;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// The one place that pairs an answer's data and fail entries with the rows that were sent.
    /// It only pairs what it can pair for certain; whatever is left is returned, so the caller can send
    /// those rows again in smaller batches instead of guessing.
    /// </summary>
    internal static class OutcomeMatcher
    {
        /// <summary>Sets the outcome of every row the answer accounts for; returns the rest in input order.</summary>
        public static List<PendingRow> Match(IReadOnlyList<PendingRow> rows, ApiResponse response, IRowEndpoint endpoint)
        {
            var unresolved = rows.ToList();
            var keylessFails = new List<FailEntry>();
            foreach (FailEntry fail in response.Fail)
            {
                PendingRow? row = fail.Key == null ? null : Find(unresolved, fail.Key, endpoint);
                if (row == null)
                {
                    keylessFails.Add(fail);
                    continue;
                }
                row.Outcome = RowOutcome.Failed(RowFailures.FromFailEntry(fail, row));
                unresolved.Remove(row);
            }

            var keylessData = new List<JObject>();
            foreach (JObject answer in response.Data.OfType<JObject>())
            {
                PendingRow? row = endpoint.IdentityOf(answer) == null ? null : Find(unresolved, answer, endpoint);
                if (row == null)
                {
                    keylessData.Add(answer);
                    continue;
                }
                row.Outcome = Succeeded(row, answer, endpoint);
                unresolved.Remove(row);
            }

            // What carries no key can be paired by position only when it accounts for exactly the rows left.
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
                unresolved[0].Outcome = RowOutcome.Failed(RowFailures.FromFailEntry(keylessFails[0], unresolved[0]));
                unresolved.Clear();
            }
            return unresolved;
        }

        private static RowOutcome Succeeded(PendingRow row, JObject answer, IRowEndpoint endpoint)
        {
            RowFailure? failure = endpoint.FailureInAnswer(answer, row.Subject);
            return failure != null ? RowOutcome.Failed(failure) : RowOutcome.Succeeded(endpoint.CreateOutput(row.Item!, answer));
        }

        /// <summary>The row the object is about: the same item exactly if there is one (duplicates in a batch), else the same identity.</summary>
        private static PendingRow? Find(List<PendingRow> candidates, JObject keyOrAnswer, IRowEndpoint endpoint)
        {
            PendingRow? exact = candidates.FirstOrDefault(r => JToken.DeepEquals(r.Item, keyOrAnswer));
            if (exact != null)
            {
                return exact;
            }
            string? identity = endpoint.IdentityOf(keyOrAnswer);
            return identity == null ? null : candidates.FirstOrDefault(r => endpoint.IdentityOf(r.Item!) == identity);
        }
    }
}
