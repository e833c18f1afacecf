using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using MimecastPS.Transport;

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
        internal const string EmptyRowsSkippedWarning = "EmptyRowsSkipped";

        private static readonly ConcurrentDictionary<Type, CmdletColumns> ColumnsByType = new ConcurrentDictionary<Type, CmdletColumns>();

        private HashSet<string> _givenOnCommandLine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private RowDispatcher? _dispatcher;
        private RowProgress? _progress;
        private int _emptyRows;

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

        private CmdletColumns Columns => ColumnsByType.GetOrAdd(GetType(), type => new CmdletColumns(type));

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            // Parameters bound before the first row came from the command line; later ones come from rows.
            _givenOnCommandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            int batchSize = MyInvocation.BoundParameters.ContainsKey(nameof(BatchSize)) ? BatchSize : Endpoint.DefaultBatchSize;
            _dispatcher = new RowDispatcher(ResolvedSession, Endpoint, WhenExists, batchSize, ThrottleLimit, Log, Wake, StopToken);
            _progress = new RowProgress(Endpoint.Activity);
        }

        protected override void ProcessRecord()
        {
            if (PipelineValue.IsEmptyRow(InputObject))
            {
                // Spreadsheet exports end in rows of empty cells: skipped, and counted in one warning at the end.
                _emptyRows++;
                return;
            }
            foreach (RowRequest request in CreateRequests())
            {
                object target = (object?)InputObject ?? request.Subject;
                if (request.Refusal != null)
                {
                    Enqueue(new PendingRow(target, request, null, RowOutcome.Failed(request.Refusal)));
                    continue;
                }
                if (ShouldProcess(request.Subject, Endpoint.Action))
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
            if (_emptyRows > 0)
            {
                WriteWarning(_emptyRows + (_emptyRows == 1 ? " row was" : " rows were") + " skipped because every cell was empty.");
            }
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
            if (InputObject == null)
            {
                // Without pipeline input every parameter was bound on the command line, before BeginProcessing.
                return false;
            }
            foreach (string column in Columns.NamesOf(parameterName))
            {
                PSPropertyInfo? property = InputObject.Properties[column];
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
            try
            {
                foreach (PendingRow row in _dispatcher!.TakeWritable())
                {
                    RowOutcome outcome = row.Outcome!;
                    _progress!.Count(outcome.Failure != null);
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
            _progress!.Show(this);
        }

        /// <summary>
        /// A run that ends with rows not yet reported (Ctrl+C, -ErrorAction Stop, a terminating error) leaves them
        /// in $MimecastStoppedRun, so that none is silently dropped.
        /// </summary>
        private protected override void OnEnding()
        {
            if (_dispatcher == null || _dispatcher.IsDone)
            {
                return;
            }
            var unfinished = new List<ErrorRecord>();
            var failed = new List<ErrorRecord>();
            var succeeded = new List<object>();
            foreach (var (row, dispatched) in _dispatcher.Unreported())
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
            SessionState.PSVariable.Set(StoppedRunVariable, new MimecastStoppedRun(MyInvocation.MyCommand.Name, unfinished.ToArray(), failed.ToArray(), succeeded.ToArray()));
        }

        /// <summary>
        /// The row's error. Every rendered form of it (the error views' CategoryInfo, Get-Error, transcripts) names
        /// the row by its subject, an address; the row it carries holds its secret cells as SecureStrings.
        /// </summary>
        private ErrorRecord ToErrorRecord(RowFailure failure, PendingRow row)
        {
            object target = SecretCells.Hide(row.TargetObject, Columns.IsSecret);
            var record = new ErrorRecord(new MimecastRowException(failure.Code, failure.Message), failure.Code, failure.Category, target);
            record.CategoryInfo.TargetName = row.Subject;
            record.CategoryInfo.TargetType = "Row";
            if (failure.RecommendedAction != null)
            {
                record.ErrorDetails = new ErrorDetails(failure.Message) { RecommendedAction = failure.RecommendedAction };
            }
            return record;
        }
    }
}
