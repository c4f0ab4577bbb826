namespace Spel.Client.Pages.Debrief;

/// <summary>
/// A board that can hand over what it drew as a picture (a PNG data URL), so paper gets an image rather than a
/// canvas. <c>BoardCanvas.SnapshotAsync</c> comes with the projector's work; <see cref="BoardPicture"/> is the one
/// place that asks for it.
/// </summary>
public interface IBoardSnapshot
{
    Task<string> SnapshotAsync();
}
