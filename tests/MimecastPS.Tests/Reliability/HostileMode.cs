namespace MimecastPS.Tests.Reliability;

/// <summary>The ways <see cref="HostileServer"/> misleads a client while looking like Mimecast.</summary>
public enum HostileMode
{
    /// <summary>Answers every item honestly (the control).</summary>
    Honest,

    /// <summary>Answers the first item of a batch twice and the others not at all.</summary>
    FirstOutcomeTwice,

    /// <summary>Answers the last item of a batch with an address nobody sent.</summary>
    StrangerForLast,

    /// <summary>Answers the items in reverse order.</summary>
    Reversed,

    /// <summary>Answers in reverse order with every domain in its punycode (xn--) form.</summary>
    ReversedPunycode,

    /// <summary>Answers only the first item of a batch, silently, as if it had done the rest.</summary>
    OnlyFirstAnswered,

    /// <summary>Refuses a whole batch with HTTP 400 when one item's address starts with "bad"; answers others honestly.</summary>
    RefusesBatchWithOneBadItem,

    /// <summary>Pages forever: every answer carries the same next-page token.</summary>
    RepeatsPageToken,

    /// <summary>
    /// Creates each identity once, refusing a repeat with err_user_already_exists as Mimecast does, and holds the
    /// first request it receives for half a second: a later request overtakes it unless the client waits.
    /// </summary>
    CreatesOnceFirstRequestSlow,
}
