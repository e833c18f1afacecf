using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using MimecastPS.Transport;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// Write-Progress for long runs: silent for the first seconds (a small run never shows it), then
    /// at most four updates a second.
    /// </summary>
    internal sealed class RowProgress
    {
        private static readonly long QuietTicks = Stopwatch.Frequency * 2;
        private static readonly long IntervalTicks = Stopwatch.Frequency / 4;

        private readonly string _activity;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastShownTicks = -1;
        private int _done;
        private int _failed;

        public RowProgress(string activity)
        {
            _activity = activity;
        }

        public void Count(bool failed)
        {
            _done++;
            if (failed) _failed++;
        }

        /// <summary>Shows the rows done, or, while the session waits out a long pause Mimecast asked for, that wait.</summary>
        public void Show(Cmdlet cmdlet, RequestWait? wait)
        {
            long now = _clock.ElapsedTicks;
            if (now < QuietTicks || (_lastShownTicks >= 0 && now - _lastShownTicks < IntervalTicks))
            {
                return;
            }
            _lastShownTicks = now;
            double rate = _done / _clock.Elapsed.TotalSeconds;
            string status = string.Format(CultureInfo.InvariantCulture, "{0} rows done, {1} failed, {2:0} rows/s", _done, _failed, rate);
            cmdlet.WriteProgress(new ProgressRecord(0, _activity, wait == null ? status : status + ". " + wait));
        }

        public void Complete(Cmdlet cmdlet)
        {
            if (_lastShownTicks >= 0)
            {
                cmdlet.WriteProgress(new ProgressRecord(0, _activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
        }
    }
}
