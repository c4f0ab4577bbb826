using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Debrief;

/// <summary>
/// A whole workshop played to its debrief with every input the exports carry: two cards, herstemming and
/// wisselperspectief on, three seats. Piet skips the second card, re-votes nowhere and gives no slotvraag,
/// so the exports must cope with input that is missing.
/// </summary>
public static class ScriptedSession
{
    public const string NextStep = "Vergunning | samen aanvragen";
    public const string Who = "Anna en Henk";
    public const string Note = "Eerst bellen,\nwant de raad vergadert pas in juni";
    /// <summary>A name that needs quoting in a CSV and that a spreadsheet would take for a formula.</summary>
    public const string PietsName = "=Piet \"de Boer\"; zzp";

    public const string Bouwsteen = "Het dorpshuis krijgt één vast aanspreekpunt bij de gemeente";

    public static async Task<Play> PlayAsync(IGrainFactory grains, bool anonymous = false, Func<SessionSettings, SessionSettings>? settings = null)
    {
        var play = await Play.OpenAsync(grains, TestDecks.WithCards(2), s => (settings ?? (same => same))(s with { Herstemming = true, Wisselperspectief = true, Anonymous = anonymous }));
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var piet = await play.JoinAsync(PietsName, TestDecks.Initiatiefnemer);
        await play.CommandAsync(HostCommand.Start);

        await play.CommandAsync(HostCommand.OpenChoosing);
        await Answer(play, henk, new(Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels", new(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap)));
        await Answer(play, anna, new(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten", new(Eigenaarschap.Gemeente, Regie.VooralGemeente)));
        await Answer(play, piet, new(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, "samen", new(Eigenaarschap.GemeenteMetBijdrage, Regie.Gedeeld)));
        await play.CommandAsync(HostCommand.Reveal);
        await play.CommandAsync(HostCommand.Discuss);
        await play.CommandAsync(HostCommand.Revote);
        await Revote(play, henk, new(Eigenaarschap.GemeenteMetBijdrage, Regie.VooralGemeente), "samen");
        await Revote(play, anna, new(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap), "loslaten");
        await play.CommandAsync(HostCommand.Conclude);
        await Record(play, new Agreement(AgreementKind.Afspraak, Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, NextStep, Who, Note));
        await play.CommandAsync(HostCommand.NextCard);

        await play.CommandAsync(HostCommand.OpenChoosing);
        await Answer(play, henk, new(Eigenaarschap.GemeenteMetBijdrage, Regie.Gedeeld, "samen", new(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap)));
        await Answer(play, anna, new(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, "samen", new(Eigenaarschap.GemeenteMetBijdrage, Regie.Gedeeld)));
        await play.CommandAsync(HostCommand.Reveal);
        await play.CommandAsync(HostCommand.Discuss);
        await play.CommandAsync(HostCommand.Revote);
        await Revote(play, henk, new(Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld), "loslaten");
        await Revote(play, anna, new(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap), "loslaten");
        await play.CommandAsync(HostCommand.Conclude);
        await Record(play, new Agreement(AgreementKind.Bouwsteen, Text: Bouwsteen));
        await play.CommandAsync(HostCommand.NextCard);

        await Points(play, henk, new FunctionPoints(2, 3, 3, 2));
        await Points(play, anna, new FunctionPoints(0, 2, 4, 4));
        await play.CommandAsync(HostCommand.Finish);
        return play;
    }

    public static async Task<DebriefView> DebriefAsync(Play play) =>
        (await play.Session.GetDebrief(play.HostKey)).Value ?? throw new InvalidOperationException("No debrief.");

    private static async Task Answer(Play play, SeatTicket seat, Answer answer) =>
        Expect(await play.Session.SubmitAnswer(seat.SeatToken, answer));

    private static async Task Revote(Play play, SeatTicket seat, Position revote, string optionId) =>
        Expect(await play.Session.SubmitRevote(seat.SeatToken, revote, optionId));

    private static async Task Points(Play play, SeatTicket seat, FunctionPoints points) =>
        Expect(await play.Session.SubmitPoints(seat.SeatToken, points));

    private static async Task Record(Play play, Agreement agreement) =>
        Expect(await play.Session.RecordAgreement(play.HostKey, agreement));

    private static void Expect<T>(Reply<T> reply)
    {
        if (!reply.IsOk)
        {
            throw new InvalidOperationException($"Refused: {reply.Error}");
        }
    }
}
