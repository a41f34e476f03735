using QuoteAttribution.Speakers;

namespace QuoteAttribution.Attribution;

/// <summary>How much each way of attributing is trusted; an explicit name beats a pronoun beats a continuation.</summary>
internal static class Confidence
{
    public static double Of(AttributionMethod method, in Mention mention, QuoteKind kind)
    {
        double c = method switch
        {
            AttributionMethod.Explicit => 0.9,
            AttributionMethod.Label => 0.8,
            AttributionMethod.Continuation => 0.7,
            AttributionMethod.Headline => 0.6,
            AttributionMethod.Enclosing => 0.6,
            AttributionMethod.Subject => 0.5,
            _ => 0.3,
        };
        if (mention.IsNone && method == AttributionMethod.Explicit)
        {
            c -= 0.25; // "“…,” said Cuban.": a cue with a speaker no reader knows.
        }
        else if (!mention.IsNone && mention.Type != MentionType.Name)
        {
            c -= mention.Entity >= 0 ? 0.1 : 0.15;
        }

        if (kind == QuoteKind.Indirect)
        {
            c -= 0.1; // Clause edges are less certain than quotation marks.
        }

        return Math.Clamp(c, 0, 1);
    }
}
