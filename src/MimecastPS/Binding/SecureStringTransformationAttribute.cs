using System;
using System.Management.Automation;
using System.Security;
using MimecastPS.Auth;

namespace MimecastPS.Binding
{
    /// <summary>
    /// Accepts a SecureString or plain text for a secret or password (a CSV column is always plain text).
    /// An empty or all-blank cell is "not given". The plain text is converted at binding and kept nowhere else.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class SecureStringTransformationAttribute : CellTransformationAttribute
    {
        private protected override object? Convert(object value)
        {
            switch (value)
            {
                case SecureString secure:
                    return secure.Length == 0 ? null : secure;
                case string text:
                    return text.ToSecureString();
                default:
                    // Never echo the value: it is a secret.
                    throw new ArgumentTransformationMetadataException("A " + value.GetType().Name + " cannot be used as a secret: give a string or a SecureString.");
            }
        }
    }
}
