namespace QuoteAttribution.Learning;

/// <summary>
/// One learned decision: a logistic regression over hashed binary features (a bias plus one weight per hash bucket),
/// trained by ML.NET and evaluated here without it.
/// </summary>
internal sealed class LinearDecision
{
    private readonly float[] _weights;

    public LinearDecision(float bias, float[] weights, float threshold)
    {
        Bias = bias;
        _weights = weights;
        Threshold = threshold;
    }

    public float Bias { get; }

    /// <summary>Gets the margin (log-odds) above which the decision says yes.</summary>
    public float Threshold { get; }

    public int Size => _weights.Length;

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The log-odds of the features: bias plus the weight of each feature index (repeated indices count twice).</summary>
    public float Margin(ReadOnlySpan<int> features)
    {
        float sum = Bias;
        var w = _weights;
        foreach (int f in features)
        {
            sum += w[f];
        }

        return sum;
    }

    public bool Accepts(ReadOnlySpan<int> features) => Margin(features) > Threshold;
}
