using System;

namespace MimecastPS
{
    /// <summary>The exception inside a row's error record: Mimecast's (or the module's) code and a message naming the row.</summary>
    public sealed class MimecastRowException : Exception
    {
        public MimecastRowException(string code, string message) : base(message)
        {
            Code = code;
        }

        public string Code { get; }
    }
}
