using System;
using System.Management.Automation;

namespace MimecastPS
{
    /// <summary>
    /// What a directory cmdlet left unreported when it ended early: stopped with Ctrl+C, or ended by a
    /// terminating error or -ErrorAction Stop. By then PowerShell accepts no more output or errors, so the
    /// cmdlet leaves this in $MimecastStoppedRun instead:
    /// <c>$MimecastStoppedRun.Unfinished.TargetObject | New-MimecastUser</c> sends those rows again. Rows the command had
    /// not yet received (Import-Csv had not passed them on) appear nowhere here: <see cref="RowsRead"/> says where to
    /// resume, <c>Import-Csv file.csv | Select-Object -Skip $MimecastStoppedRun.RowsRead | New-MimecastUser</c>.
    /// </summary>
    public sealed class MimecastStoppedRun
    {
        internal MimecastStoppedRun(string command, ErrorRecord[] unfinished, ErrorRecord[] failed, object[] succeeded, int rowsRead, object? lastRow)
        {
            RowsRead = rowsRead;
            LastRow = lastRow;
            Command = command;
            StoppedAt = DateTime.Now;
            Unfinished = unfinished;
            Failed = failed;
            Succeeded = succeeded;
        }

        public string Command { get; }

        public DateTime StoppedAt { get; }

        /// <summary>Rows whose outcome is unknown (OutcomeUnknown: their request was on its way) or that were never sent (NotSent).</summary>
        public ErrorRecord[] Unfinished { get; }

        /// <summary>Rows that had failed but whose error was not yet written.</summary>
        public ErrorRecord[] Failed { get; }

        /// <summary>Output objects of rows that had succeeded but were not yet written.</summary>
        public object[] Succeeded { get; }

        /// <summary>How many pipeline rows the command had received when it stopped; the rows after them were never read.</summary>
        public int RowsRead { get; }

        /// <summary>The last row received (secret cells held as SecureString), to check where the input stopped.</summary>
        public object? LastRow { get; }

        public override string ToString() => Command + " stopped at " + StoppedAt.ToString("T", System.Globalization.CultureInfo.CurrentCulture) + " after reading "
            + RowsRead + " rows: " + Unfinished.Length + " unfinished, " + Failed.Length + " failed and " + Succeeded.Length + " succeeded rows not reported. "
            + "Send .Unfinished.TargetObject again, and resume the input after its first " + RowsRead + " rows (Select-Object -Skip " + RowsRead + ").";
    }
}
