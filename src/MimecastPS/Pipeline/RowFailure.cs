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

        /// <summary>
        /// The error record of a row that failed so: Mimecast's (or the module's) code leads its id, and every rendered form
        /// of it names the row by <paramref name="subject"/>, an address, whatever <paramref name="target"/> holds.
        /// </summary>
        public ErrorRecord ToErrorRecord(object target, string subject)
        {
            var record = new ErrorRecord(new MimecastRowException(Code, Message), Code, Category, target);
            record.CategoryInfo.TargetName = subject;
            record.CategoryInfo.TargetType = "Row";
            if (RecommendedAction != null)
            {
                record.ErrorDetails = new ErrorDetails(Message) { RecommendedAction = RecommendedAction };
            }
            return record;
        }

        /// <summary>The row's request may or may not have been carried out: it must be checked before it is sent again.</summary>
        public bool StateUnknown { get; }
    }
}
