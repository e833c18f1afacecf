using System.Management.Automation;
using MimecastPS.Session;

namespace MimecastPS.Commands
{
    /// <summary>
    /// Forgets the runspace's default session and disposes it (its connections and token) once no running command
    /// uses it. Sessions kept with -PassThru stay usable with -Session.
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Mimecast", HelpUri = "https://github.com/mimecastps/MimecastPS/blob/main/docs/en-US/Disconnect-Mimecast.md")]
    [OutputType(typeof(void))]
    public sealed class DisconnectMimecastCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            MimecastSession? session = DefaultSessionStore.Replace(null);
            WriteVerbose(session == null ? "There was no default Mimecast session." : "Forgot the default session: " + session);
        }
    }
}
