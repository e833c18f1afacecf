using System.Management.Automation;

namespace MimecastPS.Pipeline
{
    /// <summary>Why a row failed: the code that leads its error id, a category, and a message without secrets.</summary>
    internal sealed class RowFailure
    {
        public RowFailure(string code, string message, ErrorCategory category, string? recommendedAction = null, bool stateUnknown = false)
        {
            StateUnknown = stateUnknown;
            Code = code;
            Message = message;
            Category = category;
            RecommendedAction = recommendedAction;
        }

        public string Code { get; }

        public string Message { get; }

        public ErrorCategory Category { get; }

        public string? RecommendedAction { get; }

        /// <summary>The row's request may or may not have been carried out: it must be checked before it is sent again.</summary>
        public bool StateUnknown { get; }
    }
}
