using System;
using System.Linq;
using System.Management.Automation;
using MimecastPS.Auth;

namespace MimecastPS.Binding
{
    /// <summary>
    /// The row an error record carries as TargetObject, with its secret cells held as SecureString. PowerShell
    /// renders TargetObject in every error view, Get-Error, Format-List * and transcripts; a password cell would
    /// show there. The copy binds again exactly like the row (the password parameters take a SecureString), so
    /// <c>$failed.TargetObject | New-MimecastUser</c> still re-runs the failed rows.
    /// </summary>
    internal static class SecretCells
    {
        /// <summary><paramref name="row"/> itself when it has no secret text; else a copy whose secret cells are SecureStrings.</summary>
        public static object Hide(object row, Func<string, bool> isSecretColumn)
        {
            if (!(row is PSObject wrapped) || !(wrapped.BaseObject is PSCustomObject))
            {
                return row;
            }
            bool IsSecretText(PSPropertyInfo cell) => isSecretColumn(cell.Name) && PipelineValue.Unwrap(cell.Value) is string;
            if (!wrapped.Properties.Any(p => p.IsGettable && IsSecretText(p)))
            {
                return row;
            }
            return RowCopy.With(wrapped, cell => IsSecretText(cell) ? ((string)PipelineValue.Unwrap(cell.Value)!).ToSecureString() : cell.Value);
        }
    }
}
