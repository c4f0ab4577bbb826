using Microsoft.Extensions.Localization;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Scenarios.Localization;

/// <summary>The words for the game's enums and error codes, so every screen names them the same way.</summary>
public static class Labels
{
    public static string Error(this IStringLocalizer<Strings> l, ErrorCode code) => l[$"Error_{code}"];

    public static string Phase(this IStringLocalizer<Strings> l, Phase phase) => l[$"Phase_{phase}"];

    public static string Side(this IStringLocalizer<Strings> l, Side side) => l[$"Side_{side}"];

    public static string Eigenaarschap(this IStringLocalizer<Strings> l, Eigenaarschap type) => l[$"Eigenaarschap_{(int)type}"];

    /// <summary>
    /// The type in fewer words, where the whole one does not fit (the board's axis, the tablet's summary of an answer):
    /// types 2 and 3 then say "anderen" or "partij" for "gemeente of maatschappelijke partij"; the answer step and the
    /// afspraak show the whole type.
    /// </summary>
    public static string EigenaarschapShort(this IStringLocalizer<Strings> l, Eigenaarschap type) =>
        type is Decks.Eigenaarschap.GemeenschapMetBijdrage or Decks.Eigenaarschap.GemeenteMetBijdrage
            ? l[$"Eigenaarschap_Short_{(int)type}"]
            : l.Eigenaarschap(type);

    public static string Regie(this IStringLocalizer<Strings> l, Regie step) => l[$"Regie_{(int)step}"];

    /// <summary>"2. Gemeenschap is eigenaar, gemeente of maatschappelijke partij levert bijdrage": the number on the board, then the words.</summary>
    public static string Numbered(this IStringLocalizer<Strings> l, Eigenaarschap type) => $"{(int)type}. {l.Eigenaarschap(type)}";

    public static string Numbered(this IStringLocalizer<Strings> l, Regie step) => $"{(int)step}. {l.Regie(step)}";

    public static string Function(this IStringLocalizer<Strings> l, VillageFunction function) => l[$"Function_{function}"];

    /// <summary>The gemeente's stance on the participation ladder, as the deck studio names it too.</summary>
    public static string Stance(this IStringLocalizer<Strings> l, Stance stance) => l[$"Studio_Stance_{stance}"];

    /// <summary>One line on what a village organisation in that function does.</summary>
    public static string FunctionHelp(this IStringLocalizer<Strings> l, VillageFunction function) => l[$"FunctionHelp_{function}"];

    public static string AgreementKind(this IStringLocalizer<Strings> l, AgreementKind kind) => l[$"AgreementKind_{kind}"];

    /// <summary>
    /// What the facilitator's big button will do: the last card's "next" leads to the slotvraag, and concluding
    /// after a re-vote first shows who moved.
    /// </summary>
    public static string NextStep(this IStringLocalizer<Strings> l, HostCommand command, RoundView round) => command switch
    {
        HostCommand.NextCard when round.Card is { } card && card.Number >= card.Count => l["Command_ToSlotvraag"],
        HostCommand.Conclude when round.Phase == Scenarios.Play.Phase.Herstemming => l["Command_ConcludeAfterRevote"],
        _ => l[$"Command_{command}"],
    };

    /// <summary>Why the facilitator's button has nothing to do yet: what the session waits for.</summary>
    public static string Waiting(this IStringLocalizer<Strings> l, Phase phase) => phase switch
    {
        Scenarios.Play.Phase.Lobby => l["Console_WaitForSeats"],
        Scenarios.Play.Phase.Kiezen => l["Console_WaitForAnswers"],
        Scenarios.Play.Phase.Debrief => l["Console_Done"],
        _ => l["Console_Wait"],
    };

    public static string CardNumber(this IStringLocalizer<Strings> l, CardView card) => l["Card_Number", card.Number, card.Count];

    public static string AnsweredCount(this IStringLocalizer<Strings> l, RoundView round) =>
        l["Round_AnsweredCount", round.AnsweredCount, round.SeatCount];
}
