using System.Management.Automation;

namespace MimecastPS.Benchmarks;

/// <summary>
/// Counts what one invocation writes, as it is written, and then lets it go: the harness must not keep
/// 100,000 outputs alive, or it would measure its own memory instead of the module's. Every handler
/// runs on the pipeline thread (PowerShell's Write* calls happen there), but a lock keeps it honest.
/// </summary>
internal sealed class StreamTally
{
    private readonly object _lock = new();
    private readonly int[] _outcomesPerRow;
    private readonly LeakScanner? _leaks;
    private int _lastOutputRow = -1;
    private int _lastErrorRow = -1;

    public StreamTally(int rows, LeakScanner? leaks)
    {
        _outcomesPerRow = new int[rows];
        _leaks = leaks;
    }

    public int Outputs { get; private set; }
    public int Errors { get; private set; }

    /// <summary>HTTP attempts, from the module's one verbose line per request.</summary>
    public int Requests { get; private set; }
    public int Status429 { get; private set; }

    /// <summary>False once an output (or an error) came for an earlier row than the one before it.</summary>
    public bool InOrder { get; private set; } = true;

    public int UnknownRows { get; private set; }

    /// <summary>Errors that carry a RecommendedAction, such as "an earlier attempt may have succeeded".</summary>
    public int ErrorsWithRecommendedAction { get; private set; }
    public SortedDictionary<string, int> ErrorIds { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> StatusCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows of the input with no outcome at all.</summary>
    public int RowsWithoutOutcome => _outcomesPerRow.Count(c => c == 0);

    /// <summary>Rows of the input that got more than one outcome.</summary>
    public int RowsWithSeveralOutcomes => _outcomesPerRow.Count(c => c > 1);

    public IEnumerable<int> RowsThatFailed => _failedRows;

    private readonly List<int> _failedRows = new();

    public void Attach(PowerShell shell, PSDataCollection<PSObject> output)
    {
        output.DataAdded += (_, _) =>
        {
            foreach (PSObject item in output.ReadAll()) OnOutput(item);
        };
        var errors = shell.Streams.Error;
        errors.DataAdded += (_, _) =>
        {
            foreach (ErrorRecord record in errors.ReadAll()) OnError(record);
        };
        var verbose = shell.Streams.Verbose;
        verbose.DataAdded += (_, _) =>
        {
            foreach (VerboseRecord record in verbose.ReadAll()) OnVerbose(record.Message);
        };
        var debug = shell.Streams.Debug;
        debug.DataAdded += (_, _) =>
        {
            foreach (DebugRecord record in debug.ReadAll()) _leaks?.Scan(record.Message);
        };
        var warning = shell.Streams.Warning;
        warning.DataAdded += (_, _) =>
        {
            foreach (WarningRecord record in warning.ReadAll()) _leaks?.Scan(record.Message);
        };
        var information = shell.Streams.Information;
        information.DataAdded += (_, _) =>
        {
            foreach (InformationRecord record in information.ReadAll()) _leaks?.Scan(record.MessageData?.ToString());
        };
        // Progress records carry no row data; they are dropped so they do not pile up.
        var progress = shell.Streams.Progress;
        progress.DataAdded += (_, _) => progress.ReadAll();
    }

    private void OnOutput(PSObject item)
    {
        lock (_lock)
        {
            Outputs++;
            int row = RowAddresses.IndexOf(item.Properties["EmailAddress"]?.Value);
            CountOutcome(row, ref _lastOutputRow);
            if (_leaks != null)
            {
                foreach (PSPropertyInfo property in item.Properties)
                {
                    _leaks.Scan(property.Value?.ToString());
                }
                _leaks.Scan(item.ToString());
            }
        }
    }

    private void OnError(ErrorRecord record)
    {
        lock (_lock)
        {
            Errors++;
            string id = record.FullyQualifiedErrorId ?? "";
            int comma = id.IndexOf(',');
            string code = comma < 0 ? id : id[..comma];
            ErrorIds[code] = ErrorIds.GetValueOrDefault(code) + 1;
            int row = record.TargetObject is PSObject target ? RowAddresses.IndexOf(target.Properties["EmailAddress"]?.Value) : -1;
            CountOutcome(row, ref _lastErrorRow);
            if (row >= 0) _failedRows.Add(row);
            if (!string.IsNullOrEmpty(record.ErrorDetails?.RecommendedAction)) ErrorsWithRecommendedAction++;
            _leaks?.Scan(record.ToString());
            _leaks?.Scan(record.Exception?.Message);
            _leaks?.Scan(record.ErrorDetails?.Message);
            _leaks?.Scan(record.ErrorDetails?.RecommendedAction);
        }
    }

    private void OnVerbose(string message)
    {
        lock (_lock)
        {
            _leaks?.Scan(message);
            // "POST /api/user/create-user items=100 status=200 52 ms attempt 1"
            int at = message.IndexOf(" status=", StringComparison.Ordinal);
            if (!message.StartsWith("POST ", StringComparison.Ordinal) || at < 0) return;
            Requests++;
            int start = at + " status=".Length;
            int end = message.IndexOf(" ms attempt", start, StringComparison.Ordinal);
            string status = end < 0 ? message[start..] : message[start..end];
            // Drop the milliseconds: "200 52" -> "200"; "network error 3" -> "network error".
            int lastSpace = status.LastIndexOf(' ');
            if (lastSpace > 0 && char.IsDigit(status[^1])) status = status[..lastSpace];
            StatusCounts[status] = StatusCounts.GetValueOrDefault(status) + 1;
            if (status == "429") Status429++;
        }
    }

    private void CountOutcome(int row, ref int lastRow)
    {
        if (row < 0 || row >= _outcomesPerRow.Length)
        {
            UnknownRows++;
            return;
        }
        _outcomesPerRow[row]++;
        if (row <= lastRow) InOrder = false;
        lastRow = row;
    }
}
