using System;

namespace MimecastPS.Auth
{
    /// <summary>An API 2.0 bearer token and when to replace it.</summary>
    internal sealed class AccessToken
    {
        public AccessToken(string value, TimeSpan lifetime, TimeSpan issuedAt)
        {
            Value = value;
            // Refresh ahead of expiry by a fifth of the lifetime, at most a minute: a 30-minute token is
            // replaced a minute early, a 1-second token 200 ms early, so requests in flight still carry a live one.
            var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, lifetime.Ticks / 5));
            RefreshAt = issuedAt + lifetime - margin;
        }

        public string Value { get; }

        /// <summary>On the token source's clock.</summary>
        public TimeSpan RefreshAt { get; }

        public override string ToString() => "AccessToken(***)";
    }
}
