using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace MimecastPS.Pipeline
{
    /// <summary>Counts a run's rows and outcomes as they are written, for its <see cref="MimecastRunSummary"/>. Pipeline thread only.</summary>
    internal sealed class RunTally
    {
        private readonly string _command;
        private readonly DateTime _startedAt = DateTime.Now;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Dictionary<string, int> _errorIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private int _changed;
        private int _alreadyPresent;
        private int _failed;
        private int _unknown;

        public RunTally(string command)
        {
            _command = command;
        }

        public int RowsRead { get; private set; }

        public int Skipped { get; private set; }

        public void RowRead() => RowsRead++;

        public void EmptyRowSkipped() => Skipped++;

        public void Count(RowOutcome outcome)
        {
            if (outcome.Failure == null)
            {
                if ((outcome.Output as IRowResult)?.Status == MimecastRowStatus.AlreadyPresent) _alreadyPresent++;
                else _changed++;
                return;
            }
            if (outcome.Failure.StateUnknown) _unknown++;
            else _failed++;
            _errorIds[outcome.Failure.Code] = _errorIds.TryGetValue(outcome.Failure.Code, out int n) ? n + 1 : 1;
        }

        public MimecastRunSummary Summary(int notReported, bool stopped)
            => new MimecastRunSummary(_command, _startedAt, _clock.Elapsed, RowsRead, _changed, _alreadyPresent, Skipped, _failed, _unknown,
                notReported, new Dictionary<string, int>(_errorIds, StringComparer.OrdinalIgnoreCase), stopped);
    }
}
