using Newtonsoft.Json.Linq;

namespace MimecastPS.Pipeline
{
    /// <summary>What the dispatcher needs to know of an endpoint: where, how to tell items apart, what to output.</summary>
    internal interface IRowEndpoint
    {
        string Path { get; }

        /// <summary>
        /// What identifies an item, read the same way from a sent item, a fail entry's key and an answer's
        /// data item (for example the lower-cased email address). Null when the object does not say,
        /// as add-delegate-user's answers do not: those are matched by position.
        /// </summary>
        string? IdentityOf(JObject itemOrAnswer);

        /// <summary>The typed output for a row, from what was sent and what came back. Called on a pool thread.</summary>
        object CreateOutput(JObject sentItem, JObject answer);

        /// <summary>A data item that reports a failure although it is not a fail entry (add-delegate-user's success:false).</summary>
        RowFailure? FailureInAnswer(JObject answer, string subject);
    }
}
