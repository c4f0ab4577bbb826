using Bunit;
using Microsoft.JSInterop;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Play;

/// <summary>Village-hall Wi-Fi: what a participant gives while the line is down is kept on the tablet and sent once it is back.</summary>
public sealed class PendingInputTests : DutchContext
{
    private const string Token = "seat-token-1";
    private const string Waiting = "Je antwoord staat klaar op deze tablet en wordt verstuurd zodra er weer verbinding is. Je hoeft niets te doen.";
    private const string TooLate = "Je antwoord kon niet meer worden verstuurd: de begeleider is al verder gegaan.";
    private static readonly Answer Given = new(Eigenaarschap.Gemeenschap, Regie.VooralGemeenschap, "loslaten");

    private readonly FakeGameConnection _connection = new();
    private readonly FakeBrowserStorage _storage = new();

    public PendingInputTests()
    {
        Services.AddSingleton<IGameConnection>(_connection);
        Services.AddSingleton<IBrowserStorage>(_storage);
        _storage.Items[StorageKeys.SeatToken(TestData.Code)] = Token;
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen));
        _connection.SubmitReply = answer => Reply<ParticipantView>.Ok(TestData.Participant(6, Phase.Kiezen, answer));
    }

    private static string PendingKey => StorageKeys.PendingInput(TestData.Code, TestData.Me.SeatId);

    [Fact]
    public void An_answer_given_while_the_line_is_down_waits_on_the_tablet_and_says_so()
    {
        var page = RenderPlay();
        _connection.DropLine();

        Answer(page);

        Assert.Empty(_connection.SubmittedAnswers);
        var pending = page.WaitForElement("[data-testid=answer-pending]");
        Assert.Contains("Nog niet verstuurd", pending.QuerySelector("h2")!.TextContent);
        Assert.Equal(Waiting, page.Find("[data-testid=pending-input]").TextContent);
        Assert.Contains("Ik laat het aan het dorpshuis over", pending.TextContent);
        Assert.Empty(page.FindAll("[data-testid=answer-saved]"));
        Assert.True(_storage.Items.ContainsKey(PendingKey));
        Assert.DoesNotContain(Token, _storage.Items[PendingKey]);
    }

    [Fact]
    public async Task When_the_line_is_back_the_waiting_answer_is_sent_once_after_the_resume()
    {
        var page = RenderPlay();
        _connection.DropLine();
        Answer(page);

        await page.InvokeAsync(_connection.ReconnectAsync);

        page.WaitForElement("[data-testid=answer-saved]");
        Assert.Equal([Given], _connection.SubmittedAnswers);
        var resume = $"ResumeAsync({TestData.Code}, {Token})";
        Assert.Equal([resume, resume, $"SubmitAnswerAsync({TestData.Code}, {Token})"], _connection.Calls);
        Assert.False(_storage.Items.ContainsKey(PendingKey));
        Assert.Empty(page.FindAll("[data-testid=pending-input]"));

        await page.InvokeAsync(_connection.ReconnectAsync);

        Assert.Single(_connection.SubmittedAnswers);
    }

    [Fact]
    public async Task An_answer_cut_off_by_a_dropped_line_is_kept_and_sent_again_after_the_reconnect()
    {
        var dropped = false;
        _connection.SubmitReply = answer => !dropped && (dropped = true)
            ? throw new ConnectionLostException(new IOException("The socket closed."))
            : Reply<ParticipantView>.Ok(TestData.Participant(6, Phase.Kiezen, answer));
        var page = RenderPlay();

        Answer(page);
        _connection.DropLine();

        Assert.Equal(Waiting, page.WaitForElement("[data-testid=pending-input]").TextContent);

        await page.InvokeAsync(_connection.ReconnectAsync);

        page.WaitForElement("[data-testid=answer-saved]");
        Assert.Equal([Given, Given], _connection.SubmittedAnswers);
        Assert.False(_storage.Items.ContainsKey(PendingKey));
    }

    [Fact]
    public async Task An_answer_on_its_way_over_a_line_that_died_silently_is_shown_as_kept_not_as_a_greyed_button()
    {
        _connection.HoldAnswers = new TaskCompletionSource();
        var page = RenderPlay();

        Answer(page);

        Assert.Equal(Waiting, page.WaitForElement("[data-testid=answer-pending] [data-testid=pending-input]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=answer-submit]"));

        _connection.DropLine();
        await page.InvokeAsync(() => _connection.HoldAnswers.SetException(new ConnectionLostException(new IOException("No reply from the server."))));
        Assert.Equal(Waiting, page.WaitForElement("[data-testid=pending-input]").TextContent);

        _connection.HoldAnswers = null;
        await page.InvokeAsync(_connection.ReconnectAsync);

        page.WaitForElement("[data-testid=answer-saved]");
        Assert.Equal([Given, Given], _connection.SubmittedAnswers);
    }

    [Fact]
    public async Task A_refused_answer_opens_the_form_again_on_what_was_chosen()
    {
        _connection.HoldAnswers = new TaskCompletionSource();
        _connection.SubmitReply = _ => Reply<ParticipantView>.Refused(ErrorCode.SlowDown);
        var page = RenderPlay();
        Answer(page);
        page.WaitForElement("[data-testid=answer-pending]");

        await page.InvokeAsync(_connection.HoldAnswers.SetResult);

        Assert.StartsWith("Even rustig aan", page.WaitForElement("[data-testid=error]").TextContent);
        Assert.Equal("Ik laat het aan het dorpshuis over", page.Find("[data-testid=answer-summary-option]").TextContent.Trim());
        Assert.Equal("2. Vooral bij de gemeenschap", page.Find("[data-testid=answer-summary-regie]").TextContent.Trim());
        Assert.False(page.Find("[data-testid=answer-submit]").HasAttribute("disabled"));
        Assert.False(_storage.Items.ContainsKey(PendingKey));
    }

    [Fact]
    public async Task A_waiting_answer_survives_a_reload_and_is_sent_when_the_page_is_back()
    {
        var page = RenderPlay();
        _connection.DropLine();
        Answer(page);
        page.WaitForElement("[data-testid=answer-pending]");

        await DisposeComponentsAsync();
        _connection.State = ConnectionState.Connected;
        var reloaded = RenderPlay();

        reloaded.WaitForElement("[data-testid=answer-saved]");
        Assert.Equal([Given], _connection.SubmittedAnswers);
        Assert.False(_storage.Items.ContainsKey(PendingKey));
    }

    [Fact]
    public async Task A_waiting_answer_is_dropped_and_explained_when_the_facilitator_moved_on_meanwhile()
    {
        var page = RenderPlay();
        _connection.DropLine();
        Answer(page);
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(8, Phase.Onthulling));

        await page.InvokeAsync(_connection.ReconnectAsync);

        Assert.Equal(TooLate, page.WaitForElement("[data-testid=input-too-late]").TextContent);
        Assert.Empty(_connection.SubmittedAnswers);
        Assert.False(_storage.Items.ContainsKey(PendingKey));
        Assert.Contains("Kijk naar het grote scherm", page.Markup);
    }

    [Fact]
    public async Task A_waiting_answer_the_server_finds_too_late_is_dropped_and_explained()
    {
        var page = RenderPlay();
        _connection.DropLine();
        Answer(page);
        _connection.SubmitReply = _ => Reply<ParticipantView>.Refused(ErrorCode.WrongPhase);

        await page.InvokeAsync(_connection.ReconnectAsync);

        Assert.Equal(TooLate, page.WaitForElement("[data-testid=input-too-late]").TextContent);
        Assert.Single(_connection.SubmittedAnswers);
        Assert.False(_storage.Items.ContainsKey(PendingKey));
    }

    [Fact]
    public async Task A_second_vote_given_while_the_line_is_down_is_sent_when_it_is_back()
    {
        var first = new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "loslaten");
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(7, Phase.Herstemming, first));
        _connection.RevoteReply = revote => Reply<ParticipantView>.Ok(TestData.Participant(8, Phase.Herstemming, first) with { MyRevote = revote });
        var page = RenderPlay();
        page.WaitForElement("[data-testid=revote-flow]");
        _connection.DropLine();

        page.Find("[data-testid=revote-next]").Click();
        page.Find("[data-testid=revote-next]").Click();
        page.Find("[data-testid=revote-next]").Click();
        page.Find("[data-testid=revote-submit]").Click();

        Assert.Equal(
            "Je tweede stem staat klaar op deze tablet en wordt verstuurd zodra er weer verbinding is. Je hoeft niets te doen.",
            page.WaitForElement("[data-testid=revote-pending] [data-testid=pending-input]").TextContent);
        Assert.Empty(_connection.SubmittedRevotes);

        await page.InvokeAsync(_connection.ReconnectAsync);

        page.WaitForElement("[data-testid=revote-saved]");
        Assert.Equal([first.Position], _connection.SubmittedRevotes);
        Assert.Equal(["loslaten"], _connection.SubmittedRevoteOptions);
    }

    [Fact]
    public async Task Points_given_while_the_line_is_down_are_sent_when_it_is_back()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(11, Phase.Slotvraag));
        _connection.PointsReply = points => Reply<ParticipantView>.Ok(TestData.Participant(12, Phase.Slotvraag) with { MyPoints = points });
        var page = RenderPlay();
        page.WaitForElement("[data-testid=points-submit]");
        _connection.DropLine();

        page.Tap("points-verbinder-plus", 10);
        page.Find("[data-testid=points-submit]").Click();

        Assert.Equal(
            "Je punten staan klaar op deze tablet en worden verstuurd zodra er weer verbinding is. Je hoeft niets te doen.",
            page.WaitForElement("[data-testid=points-pending] [data-testid=pending-input]").TextContent);

        await page.InvokeAsync(_connection.ReconnectAsync);

        page.WaitForElement("[data-testid=points-saved]");
        Assert.Equal([new FunctionPoints(0, 0, 10, 0)], _connection.SubmittedPoints);
    }

    [Fact]
    public void A_waiting_answer_can_still_be_changed_and_the_change_replaces_it()
    {
        var page = RenderPlay();
        _connection.DropLine();
        Answer(page);

        page.WaitForElement("[data-testid=answer-change]").Click();
        page.Find("[data-testid=answer-edit-option]").Click();
        Assert.True(page.IsChosen("option-loslaten"));
        page.ChooseAndGoOn("option-regelen");
        page.Find("form").Submit();

        Assert.Contains("Ik regel het zelf", page.WaitForElement("[data-testid=answer-pending]").TextContent);
        Assert.Contains("regelen", _storage.Items[PendingKey]);
        Assert.Empty(_connection.SubmittedAnswers);
    }

    [Fact]
    public void A_server_error_on_sending_is_shown_and_the_form_stays_for_a_second_try()
    {
        var failed = false;
        _connection.SubmitReply = answer => !failed && (failed = true)
            ? throw new JSException("server: An unexpected error occurred invoking 'SubmitAnswer' on the server.")
            : Reply<ParticipantView>.Ok(TestData.Participant(6, Phase.Kiezen, answer));
        var page = RenderPlay();

        Answer(page);

        Assert.Equal(
            "Er ging iets mis op de server. Probeer het nog eens; wat al bewaard was, blijft bewaard.",
            page.WaitForElement("[data-testid=error]").TextContent);
        Assert.Equal("Ik laat het aan het dorpshuis over", page.Find("[data-testid=answer-summary-option]").TextContent.Trim());
        Assert.False(page.Find("[data-testid=answer-submit]").HasAttribute("disabled"));
        Assert.False(_storage.Items.ContainsKey(PendingKey));

        page.Find("form").Submit();

        page.WaitForElement("[data-testid=answer-saved]");
        Assert.Empty(page.FindAll("[data-testid=error]"));
        Assert.Equal([Given, Given], _connection.SubmittedAnswers);
    }

    private static void Answer(IRenderedComponent<Spel.Client.Pages.Play.Play> page)
    {
        page.ChooseAndGoOn("eigenaarschap-1");
        page.ChooseAndGoOn("regie-2");
        page.ChooseAndGoOn("option-loslaten");
        page.Find("form").Submit();
    }

    private IRenderedComponent<Spel.Client.Pages.Play.Play> RenderPlay()
    {
        var page = Render<Spel.Client.Pages.Play.Play>(p => p.Add(c => c.Code, TestData.Code));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("main[data-phase]")));
        return page;
    }
}
