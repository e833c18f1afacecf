using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Newtonsoft.Json.Linq;
using MimecastPS.Pipeline;
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

        /// <summary>The session requests go through; null only in a -WhatIf run without one (<see cref="IsDryRun"/>), which sends nothing.</summary>
        private protected MimecastSession ResolvedSession { get; private set; } = null!;

        /// <summary>-WhatIf (or $WhatIfPreference): nothing will be sent, so no session is needed to check the rows.</summary>
        private protected bool IsDryRun
            => MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? whatIf)
                ? whatIf is SwitchParameter s && s.IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        protected override void BeginProcessing()
        {
            MimecastSession? session = Session ?? DefaultSessionStore.Current;
            if (session == null && IsDryRun)
            {
                return;
            }
            if (session == null)
            {
                ThrowTerminating(new InvalidOperationException("There is no Mimecast session. Run Connect-Mimecast first, or pass one with -Session."),
                    NoSessionErrorId, ErrorCategory.ConnectionError);
            }
            try
            {
                // Held until the command ends, so that Disconnect-Mimecast or a new Connect-Mimecast elsewhere never
                // disposes it under this pipeline.
                session!.Acquire();
            }
            catch (MimecastApiException e)
            {
                ThrowFatal(e);
            }
            ResolvedSession = session!;
        }

        private protected override void OnEnding()
        {
            ResolvedSession?.Release();
            ResolvedSession = null!;
        }

        /// <summary>More pages than any directory has: a server that never stops paging is stopped here.</summary>
        internal const int MaxPages = 10000;

        internal const string RepeatedPageTokenCode = "RepeatedPageToken";
        internal const string TooManyPagesCode = "TooManyPages";

        /// <summary>
        /// Sends one request and, with <paramref name="allPages"/>, follows meta.pagination.next to the last page,
        /// handing each answer over as it arrives. A failure that dooms every row ends the command; any other
        /// failure, and a server that repeats a page token or pages without end, is thrown for the caller to report.
        /// </summary>
        private protected IEnumerable<ApiResponse> SendPages(string path, IReadOnlyCollection<JObject> items, JObject? meta, bool allPages, bool safeToResend = true)
        {
            JObject? pageMeta = meta;
            var seenTokens = new HashSet<string>(StringComparer.Ordinal);
            for (int page = 1; ; page++)
            {
                ApiResponse response = Send(ApiRequest.ForItems(path, items, pageMeta, safeToResend));
                yield return response;
                string? next = response.NextPageToken;
                if (!allPages || next == null)
                {
                    yield break;
                }
                if (!seenTokens.Add(next))
                {
                    throw new MimecastApiException(new ApiFailure(FailureKind.UnreadableAnswer, path, response.HttpStatus, RepeatedPageTokenCode,
                        "Mimecast's answer to page " + page + " gave a page token it had given before; paging stopped there, as it would never end. The items read so far were written"));
                }
                if (page >= MaxPages)
                {
                    throw new MimecastApiException(new ApiFailure(FailureKind.UnreadableAnswer, path, response.HttpStatus, TooManyPagesCode,
                        "Mimecast was still paging after " + MaxPages + " pages; paging stopped there. The items read so far were written"));
                }
                pageMeta = (JObject?)meta?.DeepClone() ?? new JObject();
                if (!(pageMeta["pagination"] is JObject pagination))
                {
                    pagination = new JObject();
                    pageMeta["pagination"] = pagination;
                }
                pagination["pageToken"] = next;
            }
        }

        private ApiResponse Send(ApiRequest request)
        {
            try
            {
                return Await(ResolvedSession.Transport.SendAsync(request, Log, StopToken));
            }
            catch (MimecastApiException e) when (e.Failure.DoomsEveryRow)
            {
                ThrowFatal(e);
                throw;
            }
        }

        /// <summary>Every page a read endpoint answers for one request item, as it arrives.</summary>
        private protected IEnumerable<ApiResponse> ListPages(ListEndpoint endpoint, JObject request, int pageSize = ListEndpoint.DefaultPageSize)
            => SendPages(endpoint.Path, new[] { request }, endpoint.Meta(pageSize), allPages: endpoint.Paged);

        /// <summary>Every entry a read endpoint lists for one request item, all pages; throws MimecastApiException when the read fails.</summary>
        private protected IReadOnlyList<JObject> ReadEntries(ListEndpoint endpoint, JObject request)
        {
            var entries = new List<JObject>();
            foreach (ApiResponse page in ListPages(endpoint, request))
            {
                if (page.Fail.Count > 0)
                {
                    ApiError error = page.Fail[0].Errors[0];
                    throw new MimecastApiException(new ApiFailure(FailureKind.Rejected, endpoint.Path, page.HttpStatus, error.Code, error.Message));
                }
                entries.AddRange(endpoint.EntriesIn(page));
            }
            return entries;
        }

        /// <summary>A resolver of -Group values for this command's run: each name is looked up once, with every page of find-groups.</summary>
        private protected GroupResolver CreateGroupResolver()
            => new GroupResolver(name => ReadEntries(GroupResolver.FindGroups, new JObject { ["query"] = name }).Select(MimecastGroupJson.Group).ToList());

        /// <summary>A failure that no row can escape (bad keys, expired binding, missing permission) ends the command.</summary>
        private protected void ThrowFatal(MimecastApiException exception)
            => ThrowTerminating(exception, exception.Code, Pipeline.ErrorCategories.ForFailure(exception.Failure));
    }
}
