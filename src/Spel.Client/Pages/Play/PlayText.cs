using Microsoft.Extensions.Localization;
using Spel.Client.Localization;
using Spel.Scenarios.Localization;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Decks;

namespace Spel.Client.Pages.Play;

/// <summary>How the tablet words a side, a position and a function's testid, the same on every screen of the round.</summary>
internal static class PlayText
{
    /// <summary>The side a seat predicts in wisselperspectief: always the one it does not sit on.</summary>
    public static Side Other(this Side side) => side == Side.Gemeente ? Side.Dorpsbelangen : Side.Gemeente;


    /// <summary>The testid part for a function: "vertegenwoordiger", as the Dutch word is written in the game.</summary>
    public static string TestId(this VillageFunction function) => function.ToString().ToLowerInvariant();
}
