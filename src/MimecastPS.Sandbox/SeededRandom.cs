namespace MimecastPS.Sandbox;

/// <summary>
/// The one source of every random choice (faults, ids). A lock serialises draws so that the same seed and
/// the same sequence of requests give the same choices.
/// </summary>
internal sealed class SeededRandom
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Lock _gate = new();
    private Random _random;

    public SeededRandom(int seed) => _random = new Random(seed);

    public void Reseed(int seed)
    {
        lock (_gate)
        {
            _random = new Random(seed);
        }
    }

    public double NextDouble()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }

    public int Next(int maxExclusive)
    {
        lock (_gate)
        {
            return _random.Next(maxExclusive);
        }
    }

    /// <summary>An opaque id shaped like Mimecast's secure ids: a prefix and random letters and digits.</summary>
    public string NewId(string prefix, int length)
    {
        Span<char> chars = stackalloc char[length];
        lock (_gate)
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = IdAlphabet[_random.Next(IdAlphabet.Length)];
            }
        }

        return string.Concat(prefix, chars);
    }
}
