using System;
using MimecastPS.Transport;

namespace MimecastPS
{
    /// <summary>A request that did not run, carrying the <see cref="ApiFailure"/> that explains why.</summary>
    public sealed class MimecastApiException : Exception
    {
        internal MimecastApiException(ApiFailure failure, Exception? inner = null)
            : base(failure.Describe(), inner)
        {
            Failure = failure;
        }

        internal ApiFailure Failure { get; }

        /// <summary>Mimecast's error code, or the module's own (for example <c>NetworkFailure</c>).</summary>
        public string Code => Failure.Code;

        /// <summary>The HTTP status of the last attempt; 0 when no answer arrived.</summary>
        public int HttpStatus => Failure.HttpStatus;
    }
}
