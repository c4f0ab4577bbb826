using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Localization;
using Spel.Scenarios.Resources;

namespace Spel.Client.Pages.Play;

/// <summary>
/// Eigenaarschap and regie as questions of a flow: the own answer, the prediction and the second vote all ask them,
/// so a participant meets the same numbered answers three times.
/// </summary>
internal static class PositionQuestions
{
    /// <param name="receiver">The form that holds the answer: choosing re-renders it.</param>
    /// <param name="prefix">Put before the question's key ("prediction-", "revote-"), so each set can be driven apart.</param>
    public static FlowQuestion Eigenaarschap(
        IStringLocalizer<Strings> l, object receiver, string prefix, string heading, string shortName,
        Eigenaarschap? value, Action<Eigenaarschap> choose) =>
        Question(
            receiver, prefix + "eigenaarschap", heading, shortName,
            Enum.GetValues<Eigenaarschap>().Select(type => new Choice(Id((int)type), l.Eigenaarschap(type), (int)type)).ToList(),
            value is { } chosen ? (Id((int)chosen), l.Numbered(chosen)) : null,
            id => choose((Eigenaarschap)int.Parse(id, CultureInfo.InvariantCulture)));

    public static FlowQuestion Regie(
        IStringLocalizer<Strings> l, object receiver, string prefix, string heading, string shortName,
        Regie? value, Action<Regie> choose) =>
        Question(
            receiver, prefix + "regie", heading, shortName,
            Enum.GetValues<Regie>().Select(step => new Choice(Id((int)step), l.Regie(step), (int)step)).ToList(),
            value is { } chosen ? (Id((int)chosen), l.Numbered(chosen)) : null,
            id => choose((Regie)int.Parse(id, CultureInfo.InvariantCulture)));

    private static FlowQuestion Question(
        object receiver, string key, string heading, string shortName, IReadOnlyList<Choice> choices, (string Id, string Text)? chosen, Action<string> choose) =>
        new(key, heading, shortName, chosen?.Text, choices, chosen?.Id, EventCallback.Factory.Create(receiver, choose));

    private static string Id(int number) => number.ToString(CultureInfo.InvariantCulture);
}
