using System;
using System.Collections.Generic;
using System.Management.Automation;
using Newtonsoft.Json.Linq;
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

        /// <summary>
        /// Sends one request and, with <paramref name="allPages"/>, follows meta.pagination.next to the last page,
        /// handing each answer over as it arrives. A request that does not run ends the command.
        /// </summary>
        private protected IEnumerable<ApiResponse> SendPages(string path, IReadOnlyCollection<JObject> items, JObject? meta, bool allPages)
        {
            JObject? pageMeta = meta;
            while (true)
            {
                ApiResponse response;
                try
                {
                    response = Await(ResolvedSession.Transport.SendAsync(ApiRequest.ForItems(path, items, pageMeta), Log, StopToken));
                }
                catch (MimecastApiException e)
                {
                    ThrowFatal(e);
                    yield break;
                }
                yield return response;
                if (!allPages || response.NextPageToken == null)
                {
                    yield break;
                }
                pageMeta = (JObject?)meta?.DeepClone() ?? new JObject();
                if (!(pageMeta["pagination"] is JObject pagination))
                {
                    pagination = new JObject();
                    pageMeta["pagination"] = pagination;
                }
                pagination["pageToken"] = response.NextPageToken;
            }
        }

        /// <summary>A failure that no row can escape (bad keys, expired binding, missing permission) ends the command.</summary>
        private protected void ThrowFatal(MimecastApiException exception)
            => ThrowTerminating(exception, exception.Code, Pipeline.ErrorCategories.ForFailure(exception.Failure));
    }
}
