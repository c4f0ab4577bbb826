using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Play;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Play;

public sealed class PlayPageTests : DutchContext
{
    private const string Token = "seat-token-1";
    private readonly FakeGameConnection _connection = new();
    private readonly FakeBrowserStorage _storage = new();

    public PlayPageTests()
    {
        Services.AddSingleton<IGameConnection>(_connection);
        Services.AddSingleton<IBrowserStorage>(_storage);
        _storage.Items[StorageKeys.SeatToken(TestData.Code)] = Token;
    }

    [Fact]
    public void A_reloaded_tablet_resumes_its_seat_and_the_current_phase()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(4, Phase.Situatie));

        var page = RenderPlay();

        page.WaitForAssertion(() => Assert.Equal("Situatie", page.Find("[data-testid=phase]").TextContent));
        Assert.Contains($"ResumeAsync({TestData.Code}, {Token})", _connection.Calls);
        Assert.Equal("Het terras van het dorpshuis", page.Find("[data-testid=card-title]").TextContent);
        Assert.Equal("Situatie", page.Find("main").GetAttribute("data-phase"));
    }

    [Fact]
    public void In_the_lobby_the_tablet_says_where_you_sit()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(1, Phase.Lobby));

        var page = RenderPlay();

        page.WaitForAssertion(() => Assert.Contains("Je zit aan tafel als Anna (Dorpsbelangen, Initiatiefnemer).", page.Markup));
        Assert.Contains("wacht op de begeleider", page.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sending_an_answer_stores_it_and_shows_it_as_saved()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen));
        _connection.SubmitReply = answer => Reply<ParticipantView>.Ok(TestData.Participant(6, Phase.Kiezen, answer));
        var page = RenderPlay();
        page.WaitForElement("[data-testid=answer-submit]");

        page.Find("[data-testid=eigenaarschap-1]").Click();
        page.Find("[data-testid=regie-2]").Click();
        page.Find("[data-testid=option-loslaten]").Click();
        page.Find("form").Submit();

        Assert.Equal([new Answer(Eigenaarschap.Gemeenschap, Regie.VooralGemeenschap, "loslaten")], _connection.SubmittedAnswers);
        var saved = page.WaitForElement("[data-testid=answer-saved]");
        Assert.Contains("Je antwoord is opgeslagen", saved.TextContent);
        Assert.Contains("Gemeenschap is eigenaar", saved.TextContent);
        Assert.Contains("Ik laat het aan het dorpshuis over", saved.TextContent);
    }

    [Fact]
    public void A_saved_answer_can_be_changed_until_the_reveal()
    {
        var earlier = new Answer(Eigenaarschap.Gemeente, Regie.Gedeeld, "regelen");
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen, earlier));
        var page = RenderPlay();
        page.WaitForElement("[data-testid=answer-saved]");

        page.Find("[data-testid=answer-saved] button").Click();

        Assert.Equal("true", page.Find("[data-testid=eigenaarschap-4]").GetAttribute("aria-pressed"));
        Assert.False(page.Find("[data-testid=answer-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_push_moves_the_tablet_to_the_next_phase()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen));
        var page = RenderPlay();
        page.WaitForElement("[data-testid=answer-submit]");

        _connection.Push(TestData.Participant(6, Phase.Onthulling));

        page.WaitForAssertion(() => Assert.Contains("Kijk naar het grote scherm", page.Markup));
    }

    [Fact]
    public void An_unknown_seat_is_forgotten_and_the_tablet_goes_back_to_the_join_form()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Refused(ErrorCode.UnknownSeat);
        var navigation = Services.GetRequiredService<NavigationManager>();

        RenderPlay();

        Assert.Empty(_storage.Items);
        Assert.EndsWith($"doe-mee/{TestData.Code}?fout=UnknownSeat", navigation.Uri);
    }

    [Fact]
    public void Without_a_seat_token_the_tablet_is_sent_to_the_join_form()
    {
        _storage.Items.Clear();
        var navigation = Services.GetRequiredService<NavigationManager>();

        RenderPlay();

        Assert.EndsWith($"doe-mee/{TestData.Code}", navigation.Uri);
        Assert.Empty(_connection.Calls);
    }

    private IRenderedComponent<Spel.Client.Pages.Play.Play> RenderPlay() =>
        Render<Spel.Client.Pages.Play.Play>(p => p.Add(c => c.Code, TestData.Code));
}
