namespace MimecastPS.Sandbox;

/// <summary>
/// Picks at most one fault per request with a single draw, walking the rates in a fixed order; one draw per
/// request (even when every rate is 0) keeps the sequence of choices a pure function of seed and requests.
/// </summary>
internal static class FaultInjector
{
    public static FaultKind? Draw(SandboxOptions options, SeededRandom random)
    {
        var draw = random.NextDouble();
        var threshold = 0.0;
        foreach (var (kind, rate) in Rates(options))
        {
            threshold += rate;
            if (draw < threshold)
            {
                return kind;
            }
        }

        return null;
    }

    private static IEnumerable<(FaultKind Kind, double Rate)> Rates(SandboxOptions options)
    {
        yield return (FaultKind.Fault429, options.Fault429Rate);
        yield return (FaultKind.Fault500, options.Fault500Rate);
        yield return (FaultKind.Fault503, options.Fault503Rate);
        yield return (FaultKind.DropBeforeExecute, options.DropBeforeExecuteRate);
        yield return (FaultKind.DropAfterExecute, options.DropAfterExecuteRate);
        yield return (FaultKind.SlowAnswer, options.SlowAnswerRate);
        yield return (FaultKind.OmitOutcome, options.OmitOutcomeRate);
        yield return (FaultKind.FailWithoutKey, options.FailWithoutKeyRate);
    }
}
