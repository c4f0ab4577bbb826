using Spel.Scenarios.Play;

namespace Spel.Client.Pages.Present;

/// <summary>
/// How much text the projector's stage must hold, decided from the text itself rather than measured in the browser:
/// the stage is a fixed 1920x1080 surface, so a text's length says well enough how many lines it takes, and the
/// choice is made once per view instead of after a render that could flash an overflowing frame.
/// The CSS (ProjectorStage.razor.css) gives each step its type size and columns.
/// </summary>
public static class StageFit
{
    /// <summary>
    /// The most lobby entries the stage lists (nine rows of name and seat, in two columns); beyond it the last entry
    /// says how many more there are.
    /// </summary>
    public const int LobbyEntries = 18;

    /// <summary>A line break costs about as much height as this many characters of running text.</summary>
    private const int LineBreakWeight = 40;

    /// <summary>
    /// The situation's step on the typographic scale: "short" in large type, "medium" in smaller type, "long" in
    /// two columns of the smallest reading size (the deck limit of 700 characters fits there).
    /// </summary>
    public static string Situation(string text)
    {
        var weight = text.Length + text.Count(c => c == '\n') * LineBreakWeight;
        return weight switch
        {
            <= 300 => "short",
            <= 500 => "medium",
            _ => "long",
        };
    }

    /// <summary>
    /// Beside the board: "roomy" leaves the board large; "dense" gives the column beside it more width and the
    /// smallest type, for many or long options, the predictions or the other villages.
    /// </summary>
    public static string Aside(Phase phase, CardView card, RevealView reveal)
    {
        var dense = phase switch
        {
            Phase.Onthulling => reveal.Outcome.Options.Count > 3
                || reveal.Outcome.Options.Sum(o => o.Text.Length) + card.ActionQuestion.Length > 360
                || reveal.Predictions.Count > 0
                || reveal.OtherVillages is not null,
            Phase.Gesprek => card.Prompts.Sum(p => p.Length) > 360
                || reveal.Predictions.Count > 0,
            Phase.Afspraak => true,
            _ => false,
        };
        return dense ? "dense" : "roomy";
    }

    /// <summary>
    /// The board's box on the stage for an <see cref="Aside"/> step, in stage pixels, as ProjectorStage.razor.css sizes it:
    /// the canvas is drawn for exactly that box, and neither is smaller than the 1050x740 in which its labels stay
    /// at least 24 px.
    /// </summary>
    public static (int Width, int Height) BoardBox(string aside) => aside == "dense" ? (1050, 740) : (1120, 760);
}
