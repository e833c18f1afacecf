namespace MimecastPS.Benchmarks;

/// <summary>Counts texts that contain any secret: a sandbox credential or a row's password.</summary>
internal sealed class LeakScanner
{
    private readonly string[] _secrets;

    public LeakScanner(IEnumerable<string> secrets) => _secrets = secrets.Where(s => s.Length > 0).ToArray();

    public int Leaks { get; private set; }

    /// <summary>The first leaking text, shortened, so the report can show where a secret got out.</summary>
    public string? FirstLeak { get; private set; }

    public void Scan(string? text)
    {
        if (text == null) return;
        foreach (string secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                Leaks++;
                FirstLeak ??= text.Length > 200 ? text[..200] + "..." : text;
                return;
            }
        }
    }
}
