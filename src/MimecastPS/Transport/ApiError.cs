namespace MimecastPS.Transport
{
    /// <summary>One entry of a fail entry's <c>errors</c> (or API 2.0's code and message on the fail entry itself).</summary>
    internal sealed class ApiError
    {
        public ApiError(string code, string message, bool retryable, string? field)
        {
            Code = code;
            Message = message;
            Retryable = retryable;
            Field = field;
        }

        public string Code { get; }

        public string Message { get; }

        public bool Retryable { get; }

        public string? Field { get; }
    }
}
