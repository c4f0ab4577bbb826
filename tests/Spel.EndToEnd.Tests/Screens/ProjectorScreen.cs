using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests.Screens;

/// <summary>The projector in the hall: join code and QR code in the lobby, the card, the count, the board.</summary>
public sealed class ProjectorScreen(IPage page) : Screen(page)
{
    /// <summary>True once the canvas holds more than a background: the board has been drawn.</summary>
    private const string IsPainted = """
        canvas => {
          const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
          const colours = new Set();
          for (let i = 0; i < data.length; i += 4) {
            colours.add((data[i] << 24) + (data[i + 1] << 16) + (data[i + 2] << 8) + data[i + 3]);
            if (colours.size > 3) return true;
          }
          return false;
        }
        """;

    /// <param name="name">The device's name in screenshots and browser problems, for a hall with more than one projector.</param>
    public static async Task<ProjectorScreen> OpenAsync(Browsers browsers, string code, string name = "projector")
    {
        var screen = new ProjectorScreen(await browsers.OpenAsync(name, $"/scherm/{code}", Browsers.Projector));
        await screen.ExpectPhaseAsync("Lobby");
        await Expect(screen.ByTestId("join-code")).ToBeVisibleAsync();
        await Expect(screen.ByTestId("join-url")).ToContainTextAsync($"/doe-mee/{code}");

        var qr = screen.ByTestId("qr");
        await Expect(qr).ToBeVisibleAsync();
        await Expect(qr).Not.ToHaveJSPropertyAsync("naturalWidth", 0);
        return screen;
    }

    public async Task ExpectParticipantsAsync(IReadOnlyCollection<string> names)
    {
        var list = ByTestId("participants");
        await Expect(list.Locator("li")).ToHaveCountAsync(names.Count);
        foreach (var name in names)
        {
            await Expect(list).ToContainTextAsync(name);
        }
    }

    /// <summary>In an anonymous session the lobby only counts the seats on each side: no names, no roles.</summary>
    public async Task ExpectAnonymousParticipantsAsync(IReadOnlyCollection<string> names, int gemeente, int dorpsbelangen)
    {
        var list = ByTestId("participants");
        await Expect(list.Locator("li[data-side=Gemeente]")).ToContainTextAsync($"{gemeente} aangemeld");
        await Expect(list.Locator("li[data-side=Dorpsbelangen]")).ToContainTextAsync($"{dorpsbelangen} aangemeld");
        foreach (var name in names)
        {
            await Expect(list).Not.ToContainTextAsync(name);
        }
    }

    /// <summary>After a re-vote the Afspraak shows who moved and, once recorded, the group's conclusion.</summary>
    public async Task ExpectMovementAndAgreementAsync(string agreementText)
    {
        await ExpectPhaseAsync("Afspraak");
        await Expect(ByTestId("movement")).ToBeVisibleAsync();
        await Expect(ByTestId("agreement-on-screen")).ToContainTextAsync(agreementText);
    }

    /// <summary>Waits for the next card's situation and returns its title.</summary>
    public async Task<string> ExpectSituationAsync()
    {
        await ExpectPhaseAsync("Situatie");
        var title = ByTestId("card-title");
        await Expect(title).ToBeVisibleAsync();
        return (await title.InnerTextAsync()).Trim();
    }

    public Task ExpectAnsweredAsync(int answered, int seats) =>
        Expect(ByTestId("answered-count")).ToHaveTextAsync($"{answered} van {seats} hebben gekozen");

    /// <summary>While people choose, the projector counts answers and shows none of them.</summary>
    public async Task ExpectNoChoiceShownAsync(IEnumerable<string> chosenOptions)
    {
        await ExpectPhaseAsync("Kiezen");
        await Expect(ByTestId("board")).ToHaveCountAsync(0);
        var screen = Page.Locator("main[data-phase]");
        foreach (var option in chosenOptions.Distinct())
        {
            await Expect(screen).Not.ToContainTextAsync(option);
        }
    }

    /// <summary>Waits for the reveal's board canvas and for it to be drawn.</summary>
    public async Task<ILocator> ExpectBoardDrawnAsync()
    {
        await ExpectPhaseAsync("Onthulling");
        var board = ByTestId("board");
        await Expect(board).ToBeVisibleAsync();
        var canvas = await board.ElementHandleAsync();
        await Page.WaitForFunctionAsync(IsPainted, canvas, new PageWaitForFunctionOptions { PollingInterval = 100 });
        return board;
    }
}
