using System;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// Everything the row engine needs to know of one API endpoint, as data: where it is, what identifies an
    /// item, what a success answer looks like, whether a request that may have run can be sent again, and how
    /// an answer becomes output. A cmdlet declares one and binds its rows; the engine does the rest.
    /// </summary>
    internal sealed class RowEndpoint
    {
        public RowEndpoint(
            string path,
            string action,
            string activity,
            Func<JObject, string?> identity,
            Func<JObject, JObject?, object> createOutput,
            MimecastRowStatus successStatus,
            SuccessShape success = SuccessShape.DataItemPerRow,
            bool safeToResend = true,
            int defaultBatchSize = 100,
            Func<JObject, string, RowFailure?>? failureInAnswer = null,
            ExistingItemUpdate? whenExists = null,
            bool existsMeansInPlace = true,
            InPlaceCheck? inPlace = null)
        {
            InPlace = inPlace;
            ExistsMeansInPlace = existsMeansInPlace;
            Path = path;
            Action = action;
            Activity = activity;
            Identity = identity;
            CreateOutput = createOutput;
            SuccessStatus = successStatus;
            WhenExists = whenExists;
            Success = success;
            SafeToResend = safeToResend;
            DefaultBatchSize = defaultBatchSize;
            FailureInAnswer = failureInAnswer;
        }

        /// <summary>The API path, such as /api/user/create-user.</summary>
        public string Path { get; }

        /// <summary>What -WhatIf and -Confirm say is done to each row: "Create Mimecast user".</summary>
        public string Action { get; }

        /// <summary>What Write-Progress says the run is doing: "Creating Mimecast users".</summary>
        public string Activity { get; }

        /// <summary>
        /// What identifies an item, read the same way from a sent item, a fail entry's key and a data item (an
        /// address is compared lower-cased, with its domain in punycode). Null when the object does not say, as
        /// add-delegate-user's answers do not: only such answers are paired by position.
        /// </summary>
        public Func<JObject, string?> Identity { get; }

        /// <summary>The output for a row, from what was sent and the data item answered (null for <see cref="SuccessShape.NoFailEntry"/>).</summary>
        public Func<JObject, JObject?, object> CreateOutput { get; }

        /// <summary>What a success did to the row's object (Created, Added, ...): the Status of its output.</summary>
        public MimecastRowStatus SuccessStatus { get; }

        /// <summary>
        /// Whether Mimecast's "already exists" for an item means the item is in place as asked (a user, a group member),
        /// so that -IfExists Skip reports it AlreadyPresent. False where it can mean that someone else holds it (an
        /// alias another user has): those cmdlets read what is in place first instead.
        /// </summary>
        public bool ExistsMeansInPlace { get; }

        /// <summary>The read that tells -IfExists Skip which items are in place already; null where the answer tells.</summary>
        public InPlaceCheck? InPlace { get; }

        /// <summary>How -IfExists Update changes an object that already exists; null where the cmdlet offers no Update.</summary>
        public ExistingItemUpdate? WhenExists { get; }

        public SuccessShape Success { get; }

        /// <summary>
        /// False where a second execution does harm (create-account has no server-side uniqueness): a request
        /// that may have run is then never sent again, and its rows get an "outcome unknown" error instead.
        /// </summary>
        public bool SafeToResend { get; }

        public int DefaultBatchSize { get; }

        /// <summary>A data item that reports a failure although it is not a fail entry (add-delegate-user's success:false).</summary>
        public Func<JObject, string, RowFailure?>? FailureInAnswer { get; }
    }
}
