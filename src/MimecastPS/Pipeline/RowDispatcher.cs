using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MimecastPS.Session;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// Groups rows into batches, keeps up to ThrottleLimit requests in flight, and hands rows back in
    /// input order once their outcome is known. Pipeline-thread methods: Add, Flush, TakeWritable,
    /// MustWait, IsDone. Batches resolve on pool threads and touch only their own rows.
    /// </summary>
    internal sealed class RowDispatcher
    {
        private readonly MimecastSession _session;
        private readonly RowEndpoint _endpoint;
        private readonly IfExistsAction _ifExists;
        private readonly int _requestedBatchSize;
        private readonly int _throttleLimit;
        private readonly int _maxBuffered;
        private readonly IRequestLog _log;
        private readonly AutoResetEvent _wake;
        private readonly CancellationToken _cancellation;
        private readonly Queue<PendingRow> _inOrder = new Queue<PendingRow>();
        private readonly List<(Task Request, List<string> Identities)> _inFlight = new List<(Task, List<string>)>();
        private readonly Dictionary<string, Task> _requestOf = new Dictionary<string, Task>(StringComparer.Ordinal);
        private List<PendingRow> _openBatch = new List<PendingRow>();

        public RowDispatcher(MimecastSession session, RowEndpoint endpoint, IfExistsAction ifExists, int batchSize, int throttleLimit, IRequestLog log, AutoResetEvent wake, CancellationToken cancellation)
        {
            _session = session;
            _endpoint = endpoint;
            _ifExists = ifExists;
            _requestedBatchSize = batchSize;
            _throttleLimit = throttleLimit;
            // Rows finished behind a slow one wait in memory; this bounds them whatever the input size.
            _maxBuffered = Math.Max(batchSize * throttleLimit * 4, 64);
            _log = log;
            _wake = wake;
            _cancellation = cancellation;
        }

        /// <summary>
        /// True while adding more rows would exceed the requests in flight or the memory bound. Only work in flight
        /// is waited for: when the buffer is full of rows behind an unsent partial batch (rows refused before
        /// sending count too), that batch goes now instead of waiting for rows that would never come.
        /// </summary>
        public bool MustWait
        {
            get
            {
                RethrowFatal();
                if (_inOrder.Count >= _maxBuffered && _inFlight.Count == 0 && _openBatch.Count > 0)
                {
                    Dispatch();
                }
                return _inFlight.Count >= _throttleLimit || (_inOrder.Count >= _maxBuffered && _inFlight.Count > 0);
            }
        }

        public bool IsDone => _inOrder.Count == 0;

        public void Add(PendingRow row)
        {
            _inOrder.Enqueue(row);
            if (row.Outcome != null)
            {
                return;
            }
            if (row.Identity != null && _openBatch.Any(r => r.Identity == row.Identity))
            {
                // Two rows for one address never share a request: their answers could not be told apart.
                Dispatch();
            }
            _openBatch.Add(row);
            if (_openBatch.Count >= EffectiveBatchSize(_endpoint))
            {
                Dispatch();
            }
        }

        public void Flush()
        {
            if (_openBatch.Count > 0)
            {
                Dispatch();
            }
        }

        /// <summary>The rows at the head of the input order whose outcome is known.</summary>
        public IEnumerable<PendingRow> TakeWritable()
        {
            RethrowFatal();
            while (_inOrder.Count > 0 && _inOrder.Peek().Outcome != null)
            {
                yield return _inOrder.Dequeue();
            }
        }

        /// <summary>
        /// The rows not yet handed out by <see cref="TakeWritable"/>, once the run is being stopped; each with
        /// whether its request had been dispatched (so its outcome is unknown) or it was never sent.
        /// </summary>
        public IReadOnlyList<(PendingRow Row, bool Dispatched)> Unreported()
            => _inOrder.Select(row => (row, !_openBatch.Contains(row))).ToList();

        private int EffectiveBatchSize(RowEndpoint endpoint) => Math.Max(1, Math.Min(_requestedBatchSize, _session.BatchSizes.Limit(endpoint.Path) ?? int.MaxValue));

        private void Dispatch()
        {
            var batch = _openBatch;
            _openBatch = new List<PendingRow>();
            var identities = batch.Where(r => r.Identity != null).Select(r => r.Identity!).Distinct().ToList();
            // A row whose address is still on its way in an earlier request waits for it: sent side by side, the later
            // row could overtake, and the second row of a file would be created while the first met "already exists".
            var earlier = identities.Where(_requestOf.ContainsKey).Select(identity => _requestOf[identity]).Distinct().ToArray();
            Task task = earlier.Length == 0
                ? Task.Run(() => ResolveAsync(batch, _endpoint), _cancellation)
                : Task.WhenAll(earlier).ContinueWith(_ => ResolveAsync(batch, _endpoint), _cancellation, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            task.ContinueWith(_ => _wake.Set(), TaskContinuationOptions.ExecuteSynchronously);
            foreach (string identity in identities)
            {
                _requestOf[identity] = task;
            }
            _inFlight.Add((task, identities));
        }

        /// <summary>Removes finished requests; a failure that dooms every row surfaces here, on the pipeline thread.</summary>
        private void RethrowFatal()
        {
            for (int i = _inFlight.Count - 1; i >= 0; i--)
            {
                var (task, identities) = _inFlight[i];
                if (!task.IsCompleted) continue;
                _inFlight.RemoveAt(i);
                foreach (string identity in identities)
                {
                    // Only requests in flight are remembered: memory stays bounded by the requests, not the rows.
                    if (_requestOf.TryGetValue(identity, out Task? last) && last == task) _requestOf.Remove(identity);
                }
                task.GetAwaiter().GetResult();
            }
        }

        private async Task ResolveAsync(IReadOnlyList<PendingRow> rows, RowEndpoint endpoint)
        {
            ApiResponse response;
            try
            {
                var request = ApiRequest.ForItems(endpoint.Path, rows.Select(r => r.Item!).ToList(), safeToResend: endpoint.SafeToResend);
                response = await _session.Transport.SendAsync(request, _log, _cancellation).ConfigureAwait(false);
            }
            catch (MimecastApiException e) when (!e.Failure.DoomsEveryRow && rows.Count > 1 && (e.Failure.Kind == FailureKind.Rejected || e.Failure.Kind == FailureKind.Forbidden))
            {
                // The batch as a whole was refused: for its size, or for one item in it. Halves find out which;
                // only a refusal that names the size is a reason to send smaller batches from now on.
                int half = Math.Max(1, rows.Count / 2);
                if (IsSizeRefusal(e.Failure))
                {
                    _session.BatchSizes.Lower(endpoint.Path, half);
                }
                await ResendAsync(rows, endpoint, half, reason: null).ConfigureAwait(false);
                return;
            }
            catch (MimecastApiException e) when (!e.Failure.DoomsEveryRow)
            {
                foreach (var row in rows)
                {
                    row.Outcome = RowOutcome.Failed(RowFailures.FromRequestFailure(e.Failure, row));
                }
                return;
            }

            if (response.EarlierAttemptMayHaveRun != null)
            {
                foreach (var row in rows) row.ResentBecause ??= response.EarlierAttemptMayHaveRun;
            }
            var toUpdate = new List<PendingRow>();
            List<PendingRow> unresolved = OutcomeMatcher.Match(rows, response, endpoint, endpoint == _endpoint ? _ifExists : IfExistsAction.Error, toUpdate);
            if (toUpdate.Count > 0)
            {
                await UpdateExistingAsync(toUpdate, endpoint.WhenExists!).ConfigureAwait(false);
            }
            if (unresolved.Count == 0)
            {
                _session.BatchSizes.Accepted(endpoint.Path, rows.Count);
                return;
            }
            if (!endpoint.SafeToResend)
            {
                foreach (var row in unresolved) row.Outcome = RowOutcome.Failed(RowFailures.OutcomeUnknown(row, endpoint.Path));
                return;
            }
            if (rows.Count == 1)
            {
                unresolved[0].Outcome = RowOutcome.Failed(RowFailures.NoOutcome(unresolved[0], endpoint.Path));
                return;
            }
            int accounted = rows.Count - unresolved.Count;
            if (accounted > 0 && unresolved.Count > 1 && response.Fail.All(f => f.Key != null) && IsTail(rows, unresolved))
            {
                // The first rows were answered and the rest ignored: the endpoint's batch cap. Remember it.
                // One missing row at the end looks the same as one lost outcome, so it is not taken for a cap:
                // a session that took it so would shrink its batches by one at every lost outcome.
                _session.BatchSizes.Lower(endpoint.Path, accounted);
            }
            string reason = "Mimecast's answer to a batch of " + rows.Count + " accounted for only " + accounted;
            await ResendAsync(unresolved, endpoint, Math.Max(1, Math.Min(unresolved.Count, rows.Count / 2)), reason).ConfigureAwait(false);
        }

        private async Task ResendAsync(IReadOnlyList<PendingRow> rows, RowEndpoint endpoint, int batchSize, string? reason)
        {
            for (int start = 0; start < rows.Count;)
            {
                // What the endpoint was just seen to accept may be smaller than the halving guess.
                int size = Math.Min(batchSize, EffectiveBatchSize(endpoint));
                var part = rows.Skip(start).Take(size).ToList();
                start += size;
                if (reason != null)
                {
                    foreach (var row in part) row.ResentBecause = reason;
                }
                await ResolveAsync(part, endpoint).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// -IfExists Update: rows whose object already exists are sent as changes; each row's outcome is that change's.
        /// A row that holds nothing to change is already as asked.
        /// </summary>
        private async Task UpdateExistingAsync(IReadOnlyList<PendingRow> rows, ExistingItemUpdate update)
        {
            var changes = new List<(PendingRow Row, PendingRow Change)>();
            foreach (var row in rows)
            {
                JObject? item = update.Item(row.Item!);
                if (item == null)
                {
                    row.Outcome = RowOutcome.Succeeded(OutcomeMatcher.WithStatus(_endpoint.CreateOutput(row.Item!, null), MimecastRowStatus.AlreadyPresent));
                    continue;
                }
                changes.Add((row, new PendingRow(row.TargetObject, RowRequest.Send(row.Subject, item), update.Endpoint.Identity(item)) { ResentBecause = row.ResentBecause }));
            }
            if (changes.Count > 0)
            {
                await ResolveAsync(changes.Select(c => c.Change).ToList(), update.Endpoint).ConfigureAwait(false);
            }
            foreach (var (row, change) in changes)
            {
                row.Outcome = change.Outcome;
            }
        }

        /// <summary>A refusal that is about the number of items (Mimecast's "too many items" codes), not about one of them.</summary>
        private static bool IsSizeRefusal(ApiFailure failure)
            => failure.Code.IndexOf("too_many", StringComparison.OrdinalIgnoreCase) >= 0
                || failure.Code.IndexOf("too_large", StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool IsTail(IReadOnlyList<PendingRow> rows, List<PendingRow> unresolved)
        {
            int offset = rows.Count - unresolved.Count;
            for (int i = 0; i < unresolved.Count; i++)
            {
                if (!ReferenceEquals(rows[offset + i], unresolved[i])) return false;
            }
            return true;
        }
    }
}
