namespace MimecastPS.Sandbox;

/// <summary>
/// Everything that shapes the sandbox's behaviour. The server reads these on every request,
/// so a test may change fault rates, quota or <see cref="BindingExpired"/> between calls.
/// </summary>
public sealed class SandboxOptions
{
    public int Port { get; set; }

    /// <summary>Added to every answer, including /oauth/token.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Seeds the one Random behind every fault draw and generated id.</summary>
    public int Seed { get; set; } = 1;

    // Fault rates are probabilities per request. One uniform draw per request picks at most one fault,
    // walking the rates in the order below, so each rate is exact as long as they add up to at most 1.
    public double Fault429Rate { get; set; }
    public double Fault500Rate { get; set; }
    public double Fault503Rate { get; set; }
    public double DropBeforeExecuteRate { get; set; }
    public double DropAfterExecuteRate { get; set; }
    public double SlowAnswerRate { get; set; }
    public TimeSpan SlowAnswerDelay { get; set; } = TimeSpan.FromSeconds(5);
    public double OmitOutcomeRate { get; set; }
    public double FailWithoutKeyRate { get; set; }

    /// <summary>Requests per window and identity; 0 means unlimited (headers still report a large limit).</summary>
    public int RateLimitQuota { get; set; }
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>0 means unlimited.</summary>
    public int MaxItemsPerRequest { get; set; }
    public OversizeBatchBehavior OversizeBatchBehavior { get; set; } = OversizeBatchBehavior.Truncate;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(1799);

    /// <summary>API 1.0 callers get HTTP 418 err_xdk_binding_expired, as when the admin's keys lapse.</summary>
    public bool BindingExpired { get; set; }

    public string[] InternalDomains { get; set; } = { "example.com", "contoso.com" };
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(15);

    // Demo credentials: fixed so that docs and scripts can quote them.
    public string AccessKey { get; set; } = "sandbox-access-key";

    /// <summary>Base64 of the UTF-8 bytes of "sandbox-secret-key-0123456789".</summary>
    public string SecretKey { get; set; } = "c2FuZGJveC1zZWNyZXQta2V5LTAxMjM0NTY3ODk=";
    public string AppId { get; set; } = "sandbox-app-id";
    public string AppKey { get; set; } = "sandbox-app-key";
    public string ClientId { get; set; } = "sandbox-client-id";
    public string ClientSecret { get; set; } = "sandbox-client-secret";
}
