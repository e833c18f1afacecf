namespace MimecastPS.Transport
{
    /// <summary>What came back for one HTTP attempt: status, declared content type, the body as text, the quota headers.</summary>
    internal sealed class HttpAnswer
    {
        public HttpAnswer(int status, string? contentType, string text, RateLimitHeaders rateLimit)
        {
            Status = status;
            ContentType = contentType;
            Text = text;
            RateLimit = rateLimit;
        }

        public int Status { get; }

        public string? ContentType { get; }

        public string Text { get; }

        public RateLimitHeaders RateLimit { get; }
    }
}
