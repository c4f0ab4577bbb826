using System.Text.Json.Serialization;
using Spel.Client.Realtime;
using Spel.Scenarios.Play;

namespace Spel.Client.Pages.Play;

/// <summary>
/// An input given on the tablet that the server has not confirmed yet. It names the phase and card it was given in,
/// so it is only ever sent into that round: an answer meant for one card must never land on the next.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PendingAnswer), "answer")]
[JsonDerivedType(typeof(PendingRevote), "revote")]
[JsonDerivedType(typeof(PendingPoints), "points")]
public abstract record PendingInput(string? CardId)
{
    [JsonIgnore]
    public abstract Phase Phase { get; }

    /// <summary>The resource key of "… wordt verstuurd zodra er weer verbinding is" for this kind of input.</summary>
    [JsonIgnore]
    public string WaitingText => $"Play_Waiting{Kind}";

    /// <summary>The resource key of "… kon niet meer worden verstuurd: de begeleider is al verder gegaan".</summary>
    [JsonIgnore]
    public string TooLateText => $"Play_TooLate{Kind}";

    /// <summary>Names the input in its texts' resource keys.</summary>
    [JsonIgnore]
    protected abstract string Kind { get; }

    public bool BelongsTo(RoundView round) => round.Phase == Phase && round.Card?.Id == CardId;

    public abstract Task<Reply<ParticipantView>> SendAsync(IGameConnection connection, string code, string seatToken);
}

public sealed record PendingAnswer(string? CardId, Answer Answer) : PendingInput(CardId)
{
    public override Phase Phase => Phase.Kiezen;

    protected override string Kind => "Answer";

    public override Task<Reply<ParticipantView>> SendAsync(IGameConnection connection, string code, string seatToken) =>
        connection.SubmitAnswerAsync(code, seatToken, Answer);
}

/// <summary>A second vote; <see cref="OptionId"/> is its course of action (null where the card does not ask it, and in one kept before there was one).</summary>
public sealed record PendingRevote(string? CardId, Position Revote, string? OptionId = null) : PendingInput(CardId)
{
    public override Phase Phase => Phase.Herstemming;

    protected override string Kind => "Revote";

    public override Task<Reply<ParticipantView>> SendAsync(IGameConnection connection, string code, string seatToken) =>
        connection.SubmitRevoteAsync(code, seatToken, Revote, OptionId);
}

public sealed record PendingPoints(string? CardId, FunctionPoints Points) : PendingInput(CardId)
{
    public override Phase Phase => Phase.Slotvraag;

    protected override string Kind => "Points";

    public override Task<Reply<ParticipantView>> SendAsync(IGameConnection connection, string code, string seatToken) =>
        connection.SubmitPointsAsync(code, seatToken, Points);
}
