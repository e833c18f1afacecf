namespace MimecastPS.Benchmarks;

/// <summary>
/// Samples the managed heap and the working set every few milliseconds on its own thread and keeps the
/// peaks. Process.PeakWorkingSet64 would be the peak of the whole process's life, not of one run, so
/// the working set is sampled instead. The heap figure is GC.GetTotalMemory(false): live objects plus
/// garbage not yet collected, so it includes up to one gen0 budget of garbage.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;

    public MemorySampler()
    {
        // Start from a collected heap so that the baseline is what the run inherits, not old garbage.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        BaselineHeapBytes = GC.GetTotalMemory(true);
        PeakHeapBytes = BaselineHeapBytes;
        PeakWorkingSetBytes = Environment.WorkingSet;
        _thread = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

    public long BaselineHeapBytes { get; }

    public long PeakHeapBytes { get; private set; }

    public long PeakWorkingSetBytes { get; private set; }

    /// <summary>How far the heap rose above the baseline at its highest: the run's own memory.</summary>
    public long PeakHeapGrowthBytes => PeakHeapBytes - BaselineHeapBytes;

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (!_stop)
        {
            long heap = GC.GetTotalMemory(false);
            long workingSet = Environment.WorkingSet;
            if (heap > PeakHeapBytes) PeakHeapBytes = heap;
            if (workingSet > PeakWorkingSetBytes) PeakWorkingSetBytes = workingSet;
            Thread.Sleep(5);
        }
    }
}
