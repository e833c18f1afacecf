namespace MimecastPS.Transport
{
    /// <summary>What came back for one HTTP attempt: status, declared content type, the body as text, the quota headers, where a redirect points.</summary>
    internal sealed class HttpAnswer
    {
        public HttpAnswer(int status, string? contentType, string text, RateLimitHeaders rateLimit, string? location = null)
        {
            Status = status;
            ContentType = contentType;
            Text = text;
            RateLimit = rateLimit;
            Location = location;
        }

        public int Status { get; }

        public string? ContentType { get; }

        public string Text { get; }

        public RateLimitHeaders RateLimit { get; }

        /// <summary>The Location header of a 3xx, as sent.</summary>
        public string? Location { get; }
    }
}
