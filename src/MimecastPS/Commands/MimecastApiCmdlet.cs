using System;
using System.Management.Automation;
using MimecastPS.Session;
using MimecastPS.Transport;

namespace MimecastPS.Commands
{
    /// <summary>A cmdlet that calls the API: it takes -Session, or the runspace's default from Connect-Mimecast.</summary>
    public abstract class MimecastApiCmdlet : MimecastCmdlet
    {
        internal const string NoSessionErrorId = "NoMimecastSession";

        /// <summary>The session to use instead of the default one that Connect-Mimecast set.</summary>
        [Parameter]
        [ValidateNotNull]
        public MimecastSession? Session { get; set; }

        private protected MimecastSession ResolvedSession { get; private set; } = null!;

        protected override void BeginProcessing()
        {
            MimecastSession? session = Session ?? DefaultSessionStore.Current;
            if (session == null)
            {
                ThrowTerminating(new InvalidOperationException("There is no Mimecast session. Run Connect-Mimecast first, or pass one with -Session."),
                    NoSessionErrorId, ErrorCategory.ConnectionError);
            }
            ResolvedSession = session!;
        }

        /// <summary>A failure that no row can escape (bad keys, expired binding, missing permission) ends the command.</summary>
        private protected void ThrowFatal(MimecastApiException exception)
            => ThrowTerminating(exception, exception.Code, Pipeline.ErrorCategories.ForFailure(exception.Failure));
    }
}
