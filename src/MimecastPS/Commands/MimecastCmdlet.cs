using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using MimecastPS.Pipeline;

namespace MimecastPS.Commands
{
    /// <summary>
    /// What every MimecastPS cmdlet shares: a cancellation token that Ctrl+C (StopProcessing) cancels,
    /// and a way to wait for asynchronous work while writing its log lines on the pipeline thread.
    /// </summary>
    public abstract class MimecastCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private PipelineRequestLog? _log;

        private protected CancellationToken StopToken => _stopping.Token;

        private protected AutoResetEvent Wake { get; } = new AutoResetEvent(false);

        private protected PipelineRequestLog Log
            => _log ?? (_log = new PipelineRequestLog(IsDebugEnabled(), Wake));

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Waits for <paramref name="task"/> on the pipeline thread, writing log lines as they arrive.</summary>
        private protected T Await<T>(Task<T> task)
        {
            // The task's own handle wakes this thread too: its last log line can come just before it ends, and a thread
            // woken by log lines only would sleep out the rest of WaitForWork's 250 ms (a quarter second on every
            // Connect-Mimecast). The handle is set after the task is complete, so the loop cannot miss the end; a
            // continuation setting Wake could (the thread woke inside it, before its task was complete).
            WaitHandle finished = ((IAsyncResult)task).AsyncWaitHandle;
            while (!task.IsCompleted)
            {
                WaitForWork(finished);
            }
            Log.WriteTo(this);
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        private protected void Await(Task task) => Await(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskContinuationOptions.ExecuteSynchronously));

        /// <summary>Sleeps until a log line, a finished request, <paramref name="finished"/> or Ctrl+C; writes the log lines.</summary>
        private protected void WaitForWork(WaitHandle? finished = null)
        {
            WaitHandle.WaitAny(finished == null ? new[] { Wake, StopToken.WaitHandle } : new[] { Wake, StopToken.WaitHandle, finished }, 250);
            if (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            Log.WriteTo(this);
        }

        /// <summary>
        /// The command is ending, whether it finished, was stopped with Ctrl+C, or ended on a terminating error
        /// or -ErrorAction Stop: the last moment to keep what would otherwise be lost. Writing is no longer possible.
        /// </summary>
        private protected virtual void OnEnding()
        {
        }

        private protected void ThrowTerminating(Exception exception, string errorId, ErrorCategory category, object? target = null)
            => ThrowTerminatingError(new ErrorRecord(exception, errorId, category, target));

        private bool IsDebugEnabled()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Debug", out object? debug))
            {
                return debug is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(debug);
            }
            return GetVariableValue("DebugPreference") is ActionPreference preference && preference != ActionPreference.SilentlyContinue;
        }

        public void Dispose()
        {
            OnEnding();
            // Also reached when a terminating error or -ErrorAction Stop ends the cmdlet: requests still in flight stop.
            _stopping.Cancel();
            _stopping.Dispose();
            Wake.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
