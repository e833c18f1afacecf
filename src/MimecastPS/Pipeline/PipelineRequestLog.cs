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
        private bool _silenced;

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
                if (_silenced)
                {
                    continue;
                }
                try
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
                catch (PSInvalidOperationException)
                {
                    // -Debug on a compiled cmdlet asks before every line in PowerShell 7; a -NonInteractive host (a
                    // scheduled task) cannot ask and throws. The request log must not end the run it describes.
                    _silenced = true;
                    TryWarn(cmdlet, "The request log was switched off: -Debug asks before each line, which this non-interactive PowerShell cannot do. "
                        + "Set $DebugPreference = 'Continue' (and $VerbosePreference) in the script instead of passing -Debug.");
                }
            }
        }

        private static void TryWarn(Cmdlet cmdlet, string text)
        {
            try
            {
                cmdlet.WriteWarning(text);
            }
            catch (PSInvalidOperationException)
            {
                // Warnings ask too under -Debug: nothing more can be said.
            }
        }
    }
}
