using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using MimecastPS.Binding;
using MimecastPS.Pipeline;
using MimecastPS.Transport;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Commands
{
    /// <summary>
    /// The shared engine of the directory cmdlets. An endpoint cmdlet says its path, how a row becomes
    /// request items and how an answer becomes its output; this class does the rest: -WhatIf/-Confirm,
    /// validation errors, batching, requests in flight, matching answers to rows, and writing exactly one
    /// output object or error per item, in input order, on the pipeline thread.
    /// </summary>
    public abstract class MimecastRowCmdlet : MimecastApiCmdlet, IRowEndpoint
    {
        internal const string StoppedRunVariable = "global:MimecastStoppedRun";

        private static readonly ConcurrentDictionary<Type, Dictionary<string, string[]>> ColumnNamesByType = new ConcurrentDictionary<Type, Dictionary<string, string[]>>();

        private HashSet<string> _givenOnCommandLine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private RowDispatcher? _dispatcher;
        private RowProgress? _progress;

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

        /// <summary>The API path, such as /api/user/create-user.</summary>
        private protected abstract string ApiPath { get; }

        /// <summary>The verb shown by -WhatIf and -Confirm, such as "Create Mimecast user".</summary>
        private protected abstract string Action { get; }

        private protected virtual int DefaultBatchSize => 100;

        /// <summary>The request items for the current row, or an error for a row refused before sending.</summary>
        private protected abstract IEnumerable<RowRequest> CreateRequests();

        private protected abstract string? IdentityOf(JObject itemOrAnswer);

        private protected abstract object CreateOutput(JObject sentItem, JObject answer);

        private protected virtual RowFailure? FailureInAnswer(JObject answer, string subject) => null;

        string IRowEndpoint.Path => ApiPath;

        string? IRowEndpoint.IdentityOf(JObject itemOrAnswer) => IdentityOf(itemOrAnswer);

        object IRowEndpoint.CreateOutput(JObject sentItem, JObject answer) => CreateOutput(sentItem, answer);

        RowFailure? IRowEndpoint.FailureInAnswer(JObject answer, string subject) => FailureInAnswer(answer, subject);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            // Parameters bound before the first row came from the command line; later ones come from rows.
            _givenOnCommandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            _dispatcher = new RowDispatcher(ResolvedSession, this, MyInvocation.BoundParameters.ContainsKey(nameof(BatchSize)) ? BatchSize : DefaultBatchSize,
                ThrottleLimit, Log, Wake, StopToken);
            _progress = new RowProgress("POST " + ApiPath);
        }

        protected override void ProcessRecord()
        {
            foreach (RowRequest request in CreateRequests())
            {
                object target = (object?)InputObject ?? request.Subject;
                if (request.Refusal != null)
                {
                    Enqueue(new PendingRow(target, request.Subject, null, RowOutcome.Failed(request.Refusal)));
                    continue;
                }
                if (ShouldProcess(request.Subject, Action))
                {
                    Enqueue(new PendingRow(target, request.Subject, request.Item));
                }
            }
        }

        protected override void EndProcessing()
        {
            _dispatcher!.Flush();
            WriteFinishedWhile(() => !_dispatcher.IsDone);
            _progress!.Complete(this);
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
            foreach (string column in ColumnNames(parameterName))
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
                        WriteError(ToErrorRecord(outcome.Failure, row.TargetObject));
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
                    failed.Add(ToErrorRecord(outcome.Failure, row.TargetObject));
                }
                else if (outcome != null)
                {
                    succeeded.Add(outcome.Output!);
                }
                else
                {
                    unfinished.Add(ToErrorRecord(RowFailures.Unfinished(row, dispatched), row.TargetObject));
                }
            }
            SessionState.PSVariable.Set(StoppedRunVariable, new MimecastStoppedRun(MyInvocation.MyCommand.Name, unfinished.ToArray(), failed.ToArray(), succeeded.ToArray()));
        }

        private static ErrorRecord ToErrorRecord(RowFailure failure, object target)
        {
            var record = new ErrorRecord(new MimecastRowException(failure.Code, failure.Message), failure.Code, failure.Category, target);
            if (failure.RecommendedAction != null)
            {
                record.ErrorDetails = new ErrorDetails(failure.Message) { RecommendedAction = failure.RecommendedAction };
            }
            return record;
        }

        /// <summary>The column names that bind to a parameter: its name and its aliases.</summary>
        private string[] ColumnNames(string parameterName)
        {
            var byParameter = ColumnNamesByType.GetOrAdd(GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any())
                .ToDictionary(p => p.Name, p => new[] { p.Name }.Concat(p.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames)).ToArray(), StringComparer.OrdinalIgnoreCase));
            return byParameter.TryGetValue(parameterName, out string[]? names) ? names : new[] { parameterName };
        }
    }
}
