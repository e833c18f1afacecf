using System;
using System.Collections.Generic;

namespace MimecastPS.Session
{
    /// <summary>
    /// The batch size each endpoint was seen to accept, once it accepted less than asked, kept by the session
    /// so that later commands start there. It is lowered only on evidence of a size limit (a "too many items"
    /// refusal, or an answer that covers only the first items), never because one bad row got a batch refused;
    /// and it is probed upwards again after a run of clean batches, so one odd answer does not slow a session forever.
    /// </summary>
    internal sealed class EndpointBatchSizes
    {
        private const int CleanBatchesBeforeProbe = 16;

        private readonly object _lock = new object();
        private readonly Dictionary<string, (int Limit, int CleanBatches)> _byPath = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The largest batch to send to <paramref name="path"/>; null while no limit was seen.</summary>
        public int? Limit(string path)
        {
            lock (_lock)
            {
                return _byPath.TryGetValue(path, out var entry) ? entry.Limit : (int?)null;
            }
        }

        public void Lower(string path, int limit)
        {
            lock (_lock)
            {
                int current = _byPath.TryGetValue(path, out var entry) ? entry.Limit : int.MaxValue;
                _byPath[path] = (Math.Max(1, Math.Min(current, limit)), 0);
            }
        }

        /// <summary>A batch of <paramref name="size"/> items was answered for every item.</summary>
        public void Accepted(string path, int size)
        {
            lock (_lock)
            {
                if (!_byPath.TryGetValue(path, out var entry) || size < entry.Limit)
                {
                    return;
                }
                int clean = entry.CleanBatches + 1;
                _byPath[path] = clean >= CleanBatchesBeforeProbe ? (entry.Limit * 2, 0) : (entry.Limit, clean);
            }
        }
    }
}
