using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>
    /// The shared engine of the directory cmdlets. An endpoint cmdlet declares its <see cref="RowEndpoint"/> and
    /// turns each row into request items; this class does the rest: skipping empty rows, -WhatIf/-Confirm,
    /// validation errors, batching, requests in flight, matching answers to rows, and writing exactly one output
    /// object or error per item, in input order, on the pipeline thread.
    /// </summary>
    public abstract class MimecastRowCmdlet : MimecastApiCmdlet
    {
        internal const string StoppedRunVariable = "global:MimecastStoppedRun";
        internal const string LastRunVariable = "global:MimecastLastRun";

        private static readonly ConcurrentDictionary<Type, CmdletColumns> ColumnsByType = new ConcurrentDictionary<Type, CmdletColumns>();

        private HashSet<string> _givenOnCommandLine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private RowDispatcher? _dispatcher;
        private RowProgress? _progress;
        private RunTally? _tally;
        private ExistingItems? _existing;
        private object? _lastRow;
        private bool _ended;
        private RowInspector? _inspector;
        private RowCells _cells = RowCells.Of(null);
        private CmdletColumns? _columns;

        /// <summary>The pipeline row; hidden, it makes each error's TargetObject the row that failed.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>How many rows go in one request. 1 sends one row per request.</summary>
        [Parameter]
        [ValidateRange(1, 500)]
        public int BatchSize { get; set; }

        /// <summary>How many requests may be in flight at once.</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = 4;

        private protected abstract RowEndpoint Endpoint { get; }

        /// <summary>What to do with a row whose object already exists; the "add" cmdlets take it as -IfExists.</summary>
        private protected virtual IfExistsAction WhenExists => IfExistsAction.Error;

        /// <summary>The request items for the current row, or an error for a row refused before sending.</summary>
        private protected abstract IEnumerable<RowRequest> CreateRequests();

        private CmdletColumns Columns => _columns ?? (_columns = ColumnsByType.GetOrAdd(GetType(), type => new CmdletColumns(type)));

        protected override void BeginProcessing()
        {
            var badArguments = BadCells.Take();
            if (badArguments.Count > 0)
            {
                // Given on the command line, not by a row: the whole command is wrong.
                ThrowTerminating(new ArgumentException(badArguments[0].Problem),
                    RowInspector.InvalidCellValueCode, ErrorCategory.InvalidArgument, badArguments[0].Value);
            }
            base.BeginProcessing();
            // Parameters bound before the first row came from the command line; later ones come from rows.
            _givenOnCommandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            int batchSize = MyInvocation.BoundParameters.ContainsKey(nameof(BatchSize)) ? BatchSize : Endpoint.DefaultBatchSize;
            _dispatcher = new RowDispatcher(ResolvedSession, Endpoint, WhenExists, batchSize, ThrottleLimit, Log, Wake, StopToken);
            _progress = new RowProgress(Endpoint.Activity);
            _tally = new RunTally(MyInvocation.MyCommand.Name);
            _inspector = new RowInspector(Columns, _givenOnCommandLine);
            if (WhenExists == IfExistsAction.Skip && Endpoint.InPlace != null && ResolvedSession != null)
            {
                _existing = new ExistingItems(Endpoint.InPlace, request => ReadEntries(Endpoint.InPlace.Read, request));
            }
            // A stopped run's leftovers describe that run only: a new run must not look as if it left them.
            SessionState.PSVariable.Remove(StoppedRunVariable.Substring("global:".Length));
        }

        protected override void ProcessRecord()
        {
            _tally!.RowRead();
            _cells = RowCells.Of(InputObject);
            if (PipelineValue.IsEmptyRow(_cells))
            {
                // Spreadsheet exports end in rows of empty cells: skipped, and counted in one warning at the end.
                _tally.EmptyRowSkipped();
                return;
            }
            // Taken for every row, so that nothing recorded while binding this one is left for the next.
            var badCells = BadCells.Take();
            bool isCsvRow = _cells.IsCustomObject;
            if (isCsvRow)
            {
                _inspector!.Note(_cells);
                RowRequest? unusable = _inspector.Unusable(_cells, badCells, "row " + _tally.RowsRead, () => CreateRequests().FirstOrDefault()?.Subject);
                if (unusable != null)
                {
                    _lastRow = InputObject;
                    Enqueue(new PendingRow(InputObject!, unusable, null, RowOutcome.Failed(unusable.Refusal!)));
                    return;
                }
            }
            var requests = CreateRequests();
            foreach (RowRequest created in _existing == null ? requests : _existing.Mark(requests))
            {
                RowFailure? misdecoded = !isCsvRow || created.Refusal != null ? null : RowInspector.Misdecoded(_cells, created.Subject);
                RowRequest request = misdecoded == null ? created : RowRequest.Refuse(created.Subject, misdecoded);
                object target = (object?)InputObject ?? request.Subject;
                _lastRow = target;
                if (request.ListParameter != null)
                {
                    target = ListCells.Narrow(target, Columns.NamesOf(request.ListParameter), request.ListValue!);
                }
                if (request.Refusal != null)
                {
                    Enqueue(new PendingRow(target, request, null, RowOutcome.Failed(request.Refusal)));
                    continue;
                }
                if (request.Existing != null)
                {
                    Enqueue(new PendingRow(target, request, null, RowOutcome.Succeeded(OutcomeMatcher.WithStatus(Endpoint.CreateOutput(request.Item!, request.Existing), MimecastRowStatus.AlreadyPresent))));
                    continue;
                }
                if (ShouldProcess(DescribeForConfirmation(request), Endpoint.Action))
                {
                    Enqueue(new PendingRow(target, request, Endpoint.Identity(request.Item!)));
                }
            }
        }

        protected override void EndProcessing()
        {
            _dispatcher!.Flush();
            WriteFinishedWhile(() => !_dispatcher.IsDone);
            _progress!.Complete(this);
            int skipped = _tally!.Skipped;
            if (skipped > 0)
            {
                WriteWarning(skipped + (skipped == 1 ? " row was" : " rows were") + " skipped because every cell was empty.");
            }
            foreach (string warning in _inspector!.Warnings())
            {
                WriteWarning(warning);
            }
            _ended = true;
            SessionState.PSVariable.Set(LastRunVariable, _tally.Summary(notReported: 0, stopped: false));
        }

        /// <summary>What -WhatIf and -Confirm show of a row: its subject and every other field it would send, secrets masked.</summary>
        private static string DescribeForConfirmation(RowRequest request)
        {
            // A copy, not a round trip through text: text would be parsed back with dates read as local times.
            var shown = (JObject)SecretRedactor.RedactedCopy(request.Item!);
            var fields = shown.Properties()
                .Where(p => !string.Equals(p.Value.ToString(), request.Subject, StringComparison.OrdinalIgnoreCase))
                .Select(p => p.Name + "=" + p.Value.ToString(Newtonsoft.Json.Formatting.None))
                .ToList();
            return fields.Count == 0 ? request.Subject : request.Subject + " (" + string.Join(", ", fields) + ")";
        }

        /// <summary>
        /// Whether the current row gave this parameter. A row's empty cell is "not given", and so is a
        /// column the row does not have: PowerShell's BoundParameters still lists parameters bound from
        /// earlier rows, and it binds an empty cell to a [switch] as if it were present.
        /// </summary>
        private protected bool IsGiven(string parameterName)
        {
            if (_givenOnCommandLine.Contains(parameterName))
            {
                return true;
            }
            if (InputObject == null || InputObject.BaseObject is IRowResult)
            {
                // Without pipeline input every parameter was bound on the command line, before BeginProcessing. An
                // object the module wrote (Get-MimecastUser | Set-MimecastUser -AllowPop $true) names the row; its
                // other properties are a snapshot, not changes asked for.
                return false;
            }
            foreach (string column in Columns.NamesOf(parameterName))
            {
                PSPropertyInfo? property = _cells.Find(column);
                if (property != null && !PipelineValue.IsEmptyCell(PipelineValue.Unwrap(property.Value)))
                {
                    return true;
                }
            }
            return false;
        }

        private void Enqueue(PendingRow row)
        {
            _dispatcher!.Add(row);
            WriteFinishedWhile(() => _dispatcher.MustWait);
        }

        /// <summary>Writes the rows that are done, then keeps waiting and writing while <paramref name="mustWait"/> holds.</summary>
        private void WriteFinishedWhile(Func<bool> mustWait)
        {
            WriteFinished();
            while (mustWait())
            {
                WaitForWork();
                WriteFinished();
            }
        }

        private void WriteFinished()
        {
            // Log lines first: the request lines of a row come before its outcome, and none is left behind when the
            // last request finished before the final wait began.
            Log.WriteTo(this);
            try
            {
                foreach (PendingRow row in _dispatcher!.TakeWritable())
                {
                    RowOutcome outcome = row.Outcome!;
                    _progress!.Count(outcome.Failure != null);
                    _tally!.Count(outcome);
                    if (outcome.Failure == null)
                    {
                        WriteObject(outcome.Output);
                    }
                    else
                    {
                        WriteError(ToErrorRecord(outcome.Failure, row));
                    }
                }
            }
            catch (MimecastApiException fatal)
            {
                ThrowFatal(fatal);
            }
            _progress!.Show(this, ResolvedSession?.Transport.Waits.Current);
        }

        /// <summary>
        /// A run that ends with rows not yet reported (Ctrl+C, -ErrorAction Stop, a terminating error) leaves them
        /// in $MimecastStoppedRun, so that none is silently dropped.
        /// </summary>
        private protected override void OnEnding()
        {
            try
            {
                KeepUnreported();
            }
            finally
            {
                base.OnEnding();
            }
        }

        private void KeepUnreported()
        {
            if (_tally == null || _ended)
            {
                return;
            }
            var unreported = _dispatcher!.Unreported();
            SessionState.PSVariable.Set(LastRunVariable, _tally.Summary(unreported.Count, stopped: true));
            if (unreported.Count == 0 && _lastRow == null)
            {
                return;
            }
            var unfinished = new List<ErrorRecord>();
            var failed = new List<ErrorRecord>();
            var succeeded = new List<object>();
            foreach (var (row, dispatched) in unreported)
            {
                RowOutcome? outcome = row.Outcome;
                if (outcome?.Failure != null)
                {
                    failed.Add(ToErrorRecord(outcome.Failure, row));
                }
                else if (outcome != null)
                {
                    succeeded.Add(outcome.Output!);
                }
                else
                {
                    unfinished.Add(ToErrorRecord(RowFailures.Unfinished(row, dispatched), row));
                }
            }
            object? lastRow = _lastRow == null ? null : SecretCells.Hide(_lastRow, Columns.IsSecret);
            SessionState.PSVariable.Set(StoppedRunVariable, new MimecastStoppedRun(MyInvocation.MyCommand.Name, unfinished.ToArray(), failed.ToArray(), succeeded.ToArray(),
                _tally.RowsRead, lastRow));
        }

        /// <summary>
        /// The row's error. Every rendered form of it (the error views' CategoryInfo, Get-Error, transcripts) names
        /// the row by its subject, an address; the row it carries holds its secret cells as SecureStrings.
        /// </summary>
        private ErrorRecord ToErrorRecord(RowFailure failure, PendingRow row)
            => failure.ToErrorRecord(SecretCells.Hide(row.TargetObject, Columns.IsSecret), row.Subject);
    }
}
