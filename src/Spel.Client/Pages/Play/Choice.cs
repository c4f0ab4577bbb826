using Microsoft.AspNetCore.Components;

namespace Spel.Client.Pages.Play;

/// <summary>One answer to a question of the flow: its id (in testids and stored answers), its words, and the number the board shows.</summary>
public sealed record Choice(string Id, string Text, int? Number = null);

/// <summary>
/// One question of a <see cref="StepFlow"/>: what it asks, its short name and the chosen answer in words for the
/// summary (null while unanswered), and the radio buttons that answer it.
/// </summary>
/// <param name="Choose">Made by the form that holds the answer, so choosing re-renders that form.</param>
/// <param name="Key">Names the question in testids: "eigenaarschap", "prediction-regie".</param>
/// <param name="Intro">A line above the choices, for a question that needs its context said (the prediction).</param>
/// <param name="Prediction">About the other side: drawn apart, so nobody mistakes it for their own answer.</param>
public sealed record FlowQuestion(
    string Key,
    string Heading,
    string Short,
    string? Chosen,
    IReadOnlyList<Choice> Choices,
    string? ChosenId,
    EventCallback<string> Choose,
    string? Intro = null,
    bool Prediction = false);
