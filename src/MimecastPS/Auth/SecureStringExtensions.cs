using System;
using System.Runtime.InteropServices;
using System.Security;

namespace MimecastPS.Auth
{
    internal static class SecureStringExtensions
    {
        /// <summary>
        /// The plain text, for the moment a signature or a token request needs it. Callers keep the
        /// result in a local only; sessions hold SecureStrings, never the string.
        /// </summary>
        public static string Reveal(this SecureString secure)
        {
            IntPtr pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
                return Marshal.PtrToStringUni(pointer) ?? string.Empty;
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
                }
            }
        }

        public static SecureString ToSecureString(this string plain)
        {
            var secure = new SecureString();
            foreach (char c in plain)
            {
                secure.AppendChar(c);
            }
            secure.MakeReadOnly();
            return secure;
        }
    }
}
