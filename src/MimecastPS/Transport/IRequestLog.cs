namespace MimecastPS.Transport
{
    /// <summary>
    /// Where the transport reports each HTTP exchange. Requests run on pool threads and PowerShell only
    /// accepts Write* calls on the pipeline thread, so implementations queue the lines for that thread.
    /// </summary>
    internal interface IRequestLog
    {
        bool IsDebugEnabled { get; }

        void Verbose(string line);

        /// <summary>Only ever given text that has been through <see cref="SecretRedactor"/>.</summary>
        void Debug(string line);
    }
}
