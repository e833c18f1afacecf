namespace MimecastPS.Transport
{
    /// <summary>What one attempt of a request came to: an answer that ran, or a failure, and whether the request left this computer at all.</summary>
    internal sealed class AttemptOutcome
    {
        private AttemptOutcome(ApiResponse? response, ApiFailure? failure, object? credential, bool sent)
        {
            Response = response;
            Failure = failure;
            Credential = credential;
            Sent = sent;
        }

        public ApiResponse? Response { get; }

        public ApiFailure? Failure { get; }

        /// <summary>The credential the attempt carried, so that a rejection can be matched to it.</summary>
        public object? Credential { get; }

        /// <summary>False when the attempt failed before sending (no token could be had): it cannot have run.</summary>
        public bool Sent { get; }

        public static AttemptOutcome Answered(ApiResponse response) => new AttemptOutcome(response, null, null, sent: true);

        public static AttemptOutcome Failed(ApiFailure failure, object? credential) => new AttemptOutcome(null, failure, credential, sent: true);

        public static AttemptOutcome NotSent(ApiFailure failure) => new AttemptOutcome(null, failure, null, sent: false);
    }
}
