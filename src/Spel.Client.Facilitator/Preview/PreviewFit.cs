namespace Spel.Client.Preview;

/// <summary>Whether a card's texts fit the screens that show them: the 16:9 projector stage and a portrait tablet without scrolling.</summary>
public sealed record PreviewFit(bool ProjectorFits, bool TabletFits)
{
    public bool Fits => ProjectorFits && TabletFits;
}
