using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Localization;
using Spel.Scenarios.Play;
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
        // The summary names the chosen type in fewer words: with "of maatschappelijke partij" in types 2 and 3, the
        // whole type in every row of the summary would make a phone scroll. The question itself shows it whole.
        Axis(receiver, prefix + "eigenaarschap", heading, shortName, value, l.Eigenaarschap, type => $"{(int)type}. {l.EigenaarschapShort(type)}", choose);

    public static FlowQuestion Regie(
        IStringLocalizer<Strings> l, object receiver, string prefix, string heading, string shortName,
        Regie? value, Action<Regie> choose) =>
        Axis(receiver, prefix + "regie", heading, shortName, value, l.Regie, l.Numbered, choose);

    /// <summary>The card's action question, answered with one of its options: asked by the own answer and the second vote.</summary>
    public static FlowQuestion Option(
        IStringLocalizer<Strings> l, object receiver, string prefix, CardView card, string? optionId, Action<string> choose) =>
        new(
            prefix + "option",
            card.ActionQuestion,
            l["Answer_OptionShort"],
            card.Options.FirstOrDefault(o => o.Id == optionId)?.Text,
            card.Options.Select(o => new Choice(o.Id, o.Text)).ToList(),
            optionId,
            EventCallback.Factory.Create(receiver, choose));

    /// <summary>One of the board's axes: its steps numbered as the board numbers them, the number also the choice's id.</summary>
    private static FlowQuestion Axis<T>(
        object receiver, string key, string heading, string shortName, T? value,
        Func<T, string> label, Func<T, string> numbered, Action<T> choose)
        where T : struct, Enum =>
        new(
            key,
            heading,
            shortName,
            value is { } chosen ? numbered(chosen) : null,
            Enum.GetValues<T>().Select(step => new Choice(Id(step), label(step), Number(step))).ToList(),
            value is { } given ? Id(given) : null,
            EventCallback.Factory.Create<string>(receiver, id => choose(Enum.GetValues<T>().First(step => Id(step) == id))));

    private static int Number<T>(T step)
        where T : struct, Enum => Convert.ToInt32(step, CultureInfo.InvariantCulture);

    private static string Id<T>(T step)
        where T : struct, Enum => Number(step).ToString(CultureInfo.InvariantCulture);
}
