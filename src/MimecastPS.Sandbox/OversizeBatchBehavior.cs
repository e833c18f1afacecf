namespace MimecastPS.Sandbox;

/// <summary>What the sandbox does with a request whose data array exceeds <see cref="SandboxOptions.MaxItemsPerRequest"/>.</summary>
public enum OversizeBatchBehavior
{
    /// <summary>Execute and answer for the first N items only; the rest are silently ignored.</summary>
    Truncate,

    /// <summary>Answer 400 and execute nothing.</summary>
    Reject,
}
