namespace Spel.Scenarios.Decks;

/// <summary>
/// How long and how many: what fits a tablet held in one hand and a projector read from the back of a village hall.
/// Texts are counted in characters after trimming, the way participants see them.
/// </summary>
public static class DeckLimits
{
    /// <summary>Ids travel in links, commands and stored answers.</summary>
    public const int Id = 60;

    public const int DeckTitle = 80;
    public const int Description = 600;
    public const int Audience = 300;

    /// <summary>A role name goes on a button on a phone and beside a token on the board.</summary>
    public const int RoleName = 40;

    public const int CardTitle = 80;

    /// <summary>About six sentences: what a tablet shows without scrolling.</summary>
    public const int Situation = 700;

    public const int Source = 200;
    public const int ActionQuestion = 160;

    /// <summary>Two lines on a phone; the reveal shows every option beside the board.</summary>
    public const int OptionText = 140;

    public const int Prompt = 200;
    public const int WhatHappened = 700;
    public const int Theme = 40;

    public const int MinOptions = 2;
    public const int MaxOptions = 5;
    public const int MinPrompts = 2;
}
