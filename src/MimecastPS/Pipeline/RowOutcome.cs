using System.Management.Automation;

namespace MimecastPS.Pipeline
{
    /// <summary>What became of one row: an output object, or an error for the row.</summary>
    internal sealed class RowOutcome
    {
        private RowOutcome(object? output, RowFailure? failure)
        {
            Output = output;
            Failure = failure;
        }

        public object? Output { get; }

        public RowFailure? Failure { get; }

        public static RowOutcome Succeeded(object output) => new RowOutcome(output, null);

        public static RowOutcome Failed(RowFailure failure) => new RowOutcome(null, failure);
    }
}
