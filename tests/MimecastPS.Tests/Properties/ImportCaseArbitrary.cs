using FsCheck;
using FsCheck.Fluent;

namespace MimecastPS.Tests.Properties;

/// <summary>How FsCheck generates import cases: mostly new users, some of every awkward kind, faults up to 30 %.</summary>
public static class ImportCaseArbitrary
{
    public static Arbitrary<ImportCase> ImportCases()
    {
        var rowKind = Gen.Frequency(
            (12, Gen.Constant(RowKind.New)), (2, Gen.Constant(RowKind.Invalid)), (2, Gen.Constant(RowKind.Duplicate)),
            (2, Gen.Constant(RowKind.Existing)), (2, Gen.Constant(RowKind.NotInternal)), (2, Gen.Constant(RowKind.Blank)));
        var rows = Gen.Choose(5, 40).SelectMany(count => Gen.ArrayOf(rowKind, count));
        // Each fault kind is off or on at 2-6 %; slow answers (each a full client timeout) at most 3 %.
        var rate = Gen.Frequency((1, Gen.Constant(0.0)), (1, Gen.Choose(2, 6).Select(p => p / 100.0)));
        var rates = Gen.ArrayOf(rate, ImportCase.FaultNames.Length).Select(r => { r[5] = Math.Min(r[5], 0.03); return r; });
        var gen =
            from r in rows
            from seed in Gen.Choose(1, 1_000_000)
            from faults in rates
            from batch in Gen.Elements(1, 3, 10, 50)
            from throttle in Gen.Elements(1, 2, 4, 8)
            select new ImportCase(r, seed, faults, batch, throttle);
        return Arb.From(gen);
    }
}
