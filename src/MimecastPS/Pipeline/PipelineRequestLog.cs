using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using MimecastPS.Transport;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// Collects the transport's log lines from pool threads and writes them on the pipeline thread,
    /// the only thread PowerShell lets a cmdlet write from.
    /// </summary>
    internal sealed class PipelineRequestLog : IRequestLog
    {
        private readonly ConcurrentQueue<(bool IsDebug, string Line)> _lines = new ConcurrentQueue<(bool, string)>();

        public PipelineRequestLog(bool isDebugEnabled, AutoResetEvent wake)
        {
            IsDebugEnabled = isDebugEnabled;
            Wake = wake;
        }

        public bool IsDebugEnabled { get; }

        /// <summary>Set whenever a line arrives, so a waiting pipeline thread writes it without delay.</summary>
        public AutoResetEvent Wake { get; }

        public void Verbose(string line)
        {
            _lines.Enqueue((false, line));
            Wake.Set();
        }

        public void Debug(string line)
        {
            _lines.Enqueue((true, line));
            Wake.Set();
        }

        /// <summary>Writes what has arrived. Pipeline thread only.</summary>
        public void WriteTo(Cmdlet cmdlet)
        {
            while (_lines.TryDequeue(out var entry))
            {
                if (entry.IsDebug)
                {
                    cmdlet.WriteDebug(entry.Line);
                }
                else
                {
                    cmdlet.WriteVerbose(entry.Line);
                }
            }
        }
    }
}
