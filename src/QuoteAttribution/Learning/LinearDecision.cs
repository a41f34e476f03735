namespace QuoteAttribution.Learning;

/// <summary>
/// One learned decision: a logistic regression over hashed binary features (a bias plus one weight per hash bucket),
/// trained by ML.NET and evaluated here without it.
/// </summary>
internal sealed class LinearDecision
{
    private readonly float[] _weights;

    // The weights as 16-bit fixed point, which is what Margin reads: a word's features hit random buckets, and half the
    // bytes keep more of the table in the cache (2^18 buckets: 512 KB instead of 1 MB). The rounding error is at most
    // half a step, 1/65534 of the largest weight, per feature.
    private readonly short[] _fixed;
    private readonly float _step;

    public LinearDecision(float bias, float[] weights, float threshold)
    {
        Bias = bias;
        _weights = weights;
        Threshold = threshold;

        float max = 0;
        foreach (float w in weights)
        {
            max = MathF.Max(max, MathF.Abs(w));
        }

        _step = max > 0 ? max / short.MaxValue : 1;
        _fixed = new short[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            _fixed[i] = (short)MathF.Round(weights[i] / _step);
        }
    }

    public float Bias { get; }

    /// <summary>Gets the margin (log-odds) above which the decision says yes.</summary>
    public float Threshold { get; }

    public int Size => _weights.Length;

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The log-odds of the features: bias plus the weight of each feature index (repeated indices count twice).</summary>
    public float Margin(ReadOnlySpan<int> features)
    {
        int sum = 0;
        var w = _fixed;
        foreach (int f in features)
        {
            sum += w[f];
        }

        return Bias + (sum * _step);
    }

    public bool Accepts(ReadOnlySpan<int> features) => Margin(features) > Threshold;
}
