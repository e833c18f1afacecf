namespace MimecastPS.Transport
{
    internal sealed class NullRequestLog : IRequestLog
    {
        public static readonly NullRequestLog Instance = new NullRequestLog();

        public bool IsDebugEnabled => false;

        public void Verbose(string line) { }

        public void Debug(string line) { }
    }
}
