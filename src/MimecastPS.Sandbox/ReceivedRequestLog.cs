namespace MimecastPS.Sandbox;

/// <summary>Every request in arrival order; entries are added before processing so that order is arrival order.</summary>
internal sealed class ReceivedRequestLog
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedRequest> _entries = new();

    public void Add(ReceivedRequest entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public IReadOnlyList<ReceivedRequest> Snapshot()
    {
        lock (_gate)
        {
            return _entries.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
