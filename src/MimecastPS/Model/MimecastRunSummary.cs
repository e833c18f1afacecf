using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MimecastPS
{
    /// <summary>
    /// What one run of a directory cmdlet did, left in $MimecastLastRun when it ends (finished, failed or stopped), so
    /// that an unattended script can tell failure from success: <c>if ($MimecastLastRun.HasFailures) { exit 1 }</c>.
    /// Outcomes are counted per item: a row with three aliases counts three.
    /// </summary>
    public sealed class MimecastRunSummary
    {
        internal MimecastRunSummary(string command, DateTime startedAt, TimeSpan elapsed, int rowsRead, int changed, int alreadyPresent, int skipped,
            int failed, int unknown, int notReported, IReadOnlyDictionary<string, int> errorIds, bool stopped)
        {
            Command = command;
            StartedAt = startedAt;
            Elapsed = elapsed;
            RowsRead = rowsRead;
            Changed = changed;
            AlreadyPresent = alreadyPresent;
            Skipped = skipped;
            Failed = failed;
            Unknown = unknown;
            NotReported = notReported;
            ErrorIds = errorIds;
            Stopped = stopped;
        }

        public string Command { get; }

        public DateTime StartedAt { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>Pipeline rows the command received, empty ones included.</summary>
        public int RowsRead { get; }

        /// <summary>Items Mimecast carried out (created, added, updated, removed).</summary>
        public int Changed { get; }

        /// <summary>Items already as asked (-IfExists Skip, or an update with nothing to change).</summary>
        public int AlreadyPresent { get; }

        /// <summary>Rows skipped because every cell was empty.</summary>
        public int Skipped { get; }

        /// <summary>Items that failed for a known reason; Unknown is counted apart.</summary>
        public int Failed { get; }

        /// <summary>Items whose request may or may not have run: check them before sending them again.</summary>
        public int Unknown { get; }

        /// <summary>Items a stopped run left unreported; they are in $MimecastStoppedRun.</summary>
        public int NotReported { get; }

        /// <summary>How many items failed (or are unknown) with each error id, such as err_user_already_exists.</summary>
        public IReadOnlyDictionary<string, int> ErrorIds { get; }

        /// <summary>True when the run ended early: Ctrl+C, -ErrorAction Stop or a terminating error.</summary>
        public bool Stopped { get; }

        /// <summary>True when anything did not end as asked: a failed or unknown item, or a stopped run.</summary>
        public bool HasFailures => Failed > 0 || Unknown > 0 || NotReported > 0 || Stopped;

        public override string ToString()
        {
            string text = string.Format(CultureInfo.InvariantCulture,
                "{0}: {1} rows read, {2} changed, {3} already present, {4} skipped, {5} failed, {6} unknown in {7:0.0} s",
                Command, RowsRead, Changed, AlreadyPresent, Skipped, Failed, Unknown, Elapsed.TotalSeconds);
            if (ErrorIds.Count > 0)
            {
                text += " (" + string.Join(", ", ErrorIds.OrderByDescending(e => e.Value).Select(e => e.Key + " " + e.Value)) + ")";
            }
            return Stopped ? text + "; stopped with " + NotReported + " not reported" : text;
        }
    }
}
