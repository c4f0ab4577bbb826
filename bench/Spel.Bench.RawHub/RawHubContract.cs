namespace Spel.Bench.RawHub;

/// <summary>
/// The raw hub's wire contract, shared with the load generator as a linked source file. Pushes use the game's
/// client method names, so both servers send the same messages to the same screens.
/// </summary>
public static class RawHubContract
{
    public const string Path = "/hubs/raw";

    public const string Open = nameof(Open);            // (PushSizes) -> string session
    public const string Watch = nameof(Watch);          // (string session, string screen) -> RawPush
    public const string Answer = nameof(Answer);        // (string session) -> RawPush
    public const string Reveal = nameof(Reveal);        // (string session) -> RawPush

    public const string ProjectorUpdated = "ProjectorUpdated";
    public const string FacilitatorUpdated = "FacilitatorUpdated";
    public const string SeatsUpdated = "SeatsUpdated";
    public const string ProjectorProgress = "ProjectorProgress";
    public const string FacilitatorProgress = "FacilitatorProgress";

    public const string Projector = "projector";
    public const string Console = "console";
    public const string Seats = "seats";

    /// <summary>As the game's: the projector and the console get at most one count per window.</summary>
    public static readonly TimeSpan ProgressWindow = TimeSpan.FromMilliseconds(100);
}

/// <summary>
/// How big the game's messages are (bytes of JSON, as the screens receive them): the count pushes and the reply of an
/// answer, and the pushes (the tablets' one, shared) and the reply of a reveal.
/// </summary>
public sealed record PushSizes(
    int Seats,
    int AnswerProjector,
    int AnswerConsole,
    int AnswerReply,
    int RevealProjector,
    int RevealConsole,
    int RevealSeat,
    int RevealReply);

/// <summary>Every raw message: the count a screen needs, whether the card is revealed, and padding to the game's size.</summary>
public sealed record RawPush(long Version, int AnsweredCount, bool Revealed, string Padding);
