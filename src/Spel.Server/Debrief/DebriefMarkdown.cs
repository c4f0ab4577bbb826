using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Spel.Scenarios.Localization;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.Debrief;

/// <summary>
/// The debrief as a Markdown document a group can paste into its own notes or policy text: the settings, every
/// card (the most divided first), the function profile and the afsprakenkaart. In the request's language.
/// </summary>
public static partial class DebriefMarkdown
{
    private const string None = "–";

    public static string Build(DebriefView debrief, IStringLocalizer<Strings> l)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Text(l["Export_Title", debrief.DeckTitle]));
        md.AppendLine();
        md.AppendLine(Text(l["Debrief_Meta", JoinCode.Display(debrief.Code), debrief.CreatedAt, debrief.SeatCount]));
        md.AppendLine();
        Cover(md, debrief.Settings, l);
        Settings(md, debrief.Settings, l);

        md.Append("## ").AppendLine(l["Debrief_Cards"]);
        md.AppendLine();
        foreach (var card in debrief.Cards)
        {
            Card(md, card, l);
        }

        Profile(md, debrief.Profile, l);
        KnowEachOther(md, debrief.KnowEachOther, l);
        Afsprakenkaart(md, debrief.Agreements, l);
        return md.ToString();
    }

    /// <summary>
    /// User and deck text made inert: Markdown's punctuation is escaped (so a title cannot become a link, an
    /// HTML tag or a table cell) and a line break becomes a space (so it cannot end a table row).
    /// </summary>
    public static string Text(string? text) =>
        text is null ? "" : MarkdownPunctuation().Replace(LineBreaks().Replace(text, " "), @"\$0");

    /// <summary>The cover's village or venue and facilitator, each only when the facilitator gave one.</summary>
    private static void Cover(StringBuilder md, SessionSettings settings, IStringLocalizer<Strings> l)
    {
        var lines = new[] { ("Print_Venue", settings.Venue), ("Print_Facilitator", settings.Facilitator) }
            .Where(line => !string.IsNullOrEmpty(line.Item2))
            .ToList();
        foreach (var (label, value) in lines)
        {
            md.Append("- ").Append(l[label]).Append(": ").AppendLine(Text(value));
        }

        if (lines.Count > 0)
        {
            md.AppendLine();
        }
    }

    private static void Settings(StringBuilder md, SessionSettings settings, IStringLocalizer<Strings> l)
    {
        md.Append("## ").AppendLine(l["Export_Settings"]);
        md.AppendLine();
        foreach (var (label, on) in new[]
        {
            ("Export_Anonymous", settings.Anonymous),
            ("Export_Herstemming", settings.Herstemming),
            ("Export_Wisselperspectief", settings.Wisselperspectief),
            ("Export_Share", settings.ShareWithOtherVillages),
            ("Export_Tables", settings.SeatKind == SeatKind.Table),
        })
        {
            md.Append("- ").Append(l[label]).Append(": ").AppendLine(l[on ? "Export_On" : "Export_Off"]);
        }

        md.AppendLine();
    }

    private static void Card(StringBuilder md, CardDebrief card, IStringLocalizer<Strings> l)
    {
        var reveal = card.Reveal;
        var outcome = reveal.Outcome;
        md.Append("### ").AppendLine(Text(l["Outcome_CardHeading", outcome.Number, outcome.Title]));
        md.AppendLine();
        if (outcome.All.Count == 0)
        {
            md.AppendLine(l["Outcome_NoAnswers"]).AppendLine();
        }
        else
        {
            Distributions(md, outcome, l);
            Options(md, outcome, l);
        }

        if (reveal.Movement is { } movement)
        {
            md.Append("**").Append(l["Outcome_Movement"]).AppendLine("**");
            md.AppendLine();
            foreach (var side in movement.Sides)
            {
                md.Append("- ").Append(l.SideOrRoom(side.Side)).Append(": ")
                    .AppendLine(l["Outcome_MovementSide", side.Moved, side.Voters, side.FromEigenaarschap, side.FromRegie, side.ToEigenaarschap, side.ToRegie]);
            }

            md.AppendLine();
            if (movement.Options.Count > 0)
            {
                md.Append("**").Append(l["Outcome_OptionMovesCaption"]).AppendLine("**");
                md.AppendLine();
                TableHead(md, [l["Outcome_OptionColumn"], l["Profile_NowShort"], l["Outcome_WantedShort"]], alignRightFrom: 1);
                foreach (var option in movement.Options)
                {
                    TableRow(md, [Text(option.Text), Count(option.Now), Count(option.Wanted)]);
                }

                md.AppendLine();
            }
        }

        if (reveal.Predictions.Count > 0)
        {
            md.Append("**").Append(l["Outcome_Predictions"]).AppendLine("**");
            md.AppendLine();
            foreach (var prediction in reveal.Predictions)
            {
                md.Append("- ")
                    .Append(l["Outcome_PredictionSide", l.Side(prediction.Side), prediction.PredictedEigenaarschap, prediction.PredictedRegie, prediction.ActualEigenaarschap, prediction.ActualRegie])
                    .Append(' ')
                    .AppendLine(l["Outcome_KnowPercent", DebriefLabels.KnowPercent(prediction.MeanDistance)]);
            }

            md.AppendLine();
        }

        if (reveal.OtherVillages is { } others)
        {
            md.Append("**").Append(l["Outcome_OtherVillages"]).Append("** (")
                .Append(l["Outcome_OtherVillagesCount", others.Sessions, others.Answers.Count]).AppendLine(")");
            md.AppendLine();
            DistributionTable(md, [others.Answers], l);
        }

        md.Append("**").Append(l["Outcome_Agreement"]).AppendLine("**");
        md.AppendLine();
        if (card.Agreement is { } agreement)
        {
            md.Append("- ").Append(l["Debrief_ColumnKind"]).Append(": ").AppendLine(l.AgreementKind(agreement.Kind));
            foreach (var (label, value) in new[]
            {
                ("Debrief_ColumnOwner", l.Owner(agreement)),
                ("Debrief_ColumnRegie", l.RegieOf(agreement)),
                ("Debrief_ColumnNextStep", Text(agreement.NextStep)),
                ("Debrief_ColumnWho", Text(agreement.Who)),
                ("Debrief_ColumnNote", Text(agreement.Text)),
            }.Where(item => item.Item2.Length > 0))
            {
                md.Append("- ").Append(l[label]).Append(": ").AppendLine(value);
            }
        }
        else
        {
            md.AppendLine(l["Outcome_NoAgreement"]);
        }

        md.AppendLine();
    }

    private static void Distributions(StringBuilder md, CardOutcome outcome, IStringLocalizer<Strings> l)
    {
        if (outcome is { Gemeente: { } gemeente, Dorpsbelangen: { } dorpsbelangen })
        {
            DistributionTable(md, [gemeente, dorpsbelangen], l);
            md.AppendLine(outcome.Gap is { } gap ? l["Outcome_Gap", gap.Eigenaarschap, gap.Regie] : l["Outcome_NoGap"]);
        }
        else
        {
            DistributionTable(md, [outcome.All], l);
            md.AppendLine(l["Outcome_SplitHidden"]);
        }

        md.AppendLine();
    }

    /// <summary>One column per side (or the room): how many chose each eigenaarschap type and regie step, and the averages.</summary>
    private static void DistributionTable(StringBuilder md, IReadOnlyList<SideDistribution> columns, IStringLocalizer<Strings> l)
    {
        var headings = columns.Select(c => $"{l.SideOrRoom(c.Side)} ({c.Count})");
        TableHead(md, [l["Outcome_Eigenaarschap"], .. headings], alignRightFrom: 1);
        foreach (var type in Enum.GetValues<Eigenaarschap>())
        {
            TableRow(md, [$"{(int)type}. {l.Eigenaarschap(type)}", .. columns.Select(c => Count(c.Eigenaarschap[(int)type - 1]))]);
        }

        TableRow(md, [l["Export_Average"], .. columns.Select(c => Number(c.MeanEigenaarschap))]);
        md.AppendLine();
        TableHead(md, [l["Outcome_Regie"], .. headings], alignRightFrom: 1);
        foreach (var step in Enum.GetValues<Regie>())
        {
            TableRow(md, [$"{(int)step}. {l.Regie(step)}", .. columns.Select(c => Count(c.Regie[(int)step - 1]))]);
        }

        TableRow(md, [l["Export_Average"], .. columns.Select(c => Number(c.MeanRegie))]);
        md.AppendLine();
    }

    private static void Options(StringBuilder md, CardOutcome outcome, IStringLocalizer<Strings> l)
    {
        var split = !outcome.SplitHidden;
        TableHead(
            md,
            split
                ? [l["Export_Option"], l["Export_Function"], l.Side(Side.Gemeente), l.Side(Side.Dorpsbelangen), l["Export_Total"]]
                : [l["Export_Option"], l["Export_Function"], l["Export_Total"]],
            alignRightFrom: 2);
        foreach (var option in outcome.Options)
        {
            TableRow(
                md,
                split
                    ? [Text(option.Text), l.Function(option.Function), Count(option.Gemeente ?? 0), Count(option.Dorpsbelangen ?? 0), Count(option.Total)]
                    : [Text(option.Text), l.Function(option.Function), Count(option.Total)]);
        }

        md.AppendLine();
    }

    private static void Profile(StringBuilder md, FunctionProfile profile, IStringLocalizer<Strings> l)
    {
        md.Append("## ").AppendLine(l["Profile_Heading"]);
        md.AppendLine();
        md.AppendLine(l["Profile_Intro"]);
        md.AppendLine();
        md.Append("### ").AppendLine(l["Profile_FunctionsHeading"]);
        md.AppendLine();
        var slotvraag = profile.Sides.Any(DebriefLabels.ShowsSlotvraag);
        ProfileTable(
            md,
            profile,
            l["Export_Function"],
            DebriefLabels.Functions.Select(f => (l.Function(f), (Func<SideProfile, IEnumerable<double?>>)(side => slotvraag
                ? [side.Now?.For(f), side.Wanted?.For(f), side.Slotvraag?.For(f)]
                : [side.Now?.For(f), side.Wanted?.For(f)]))),
            slotvraag ? [l["Profile_Now"], l["Profile_Wanted"], l["Export_ColumnSlotvraag"]] : [l["Profile_Now"], l["Profile_Wanted"]],
            l);
        md.Append("### ").AppendLine(l["Profile_StancesHeading"]);
        md.AppendLine();
        ProfileTable(
            md,
            profile,
            l["Export_ColumnStep"],
            Stances.Ladder.Select(s => (l.Stance(s), (Func<SideProfile, IEnumerable<double?>>)(side => [side.StancesNow?.For(s), side.StancesWanted?.For(s)]))),
            [l["Profile_Now"], l["Profile_Wanted"]],
            l);
        foreach (var side in profile.Sides)
        {
            md.Append("- ").Append(l.SideOrRoom(side.Side)).Append(": ").Append(l["Profile_Basis", side.Choices, side.Respondents])
                .Append("; ").AppendLine(l.WantedBasis(side));
        }

        md.AppendLine();
    }

    /// <summary>One profile as a table: a row per function or ladder step, per side a column for each of <paramref name="kinds"/>.</summary>
    private static void ProfileTable(
        StringBuilder md,
        FunctionProfile profile,
        string firstHeading,
        IEnumerable<(string Name, Func<SideProfile, IEnumerable<double?>> Values)> rows,
        IReadOnlyList<string> kinds,
        IStringLocalizer<Strings> l)
    {
        TableHead(md, [firstHeading, .. profile.Sides.SelectMany(side => kinds.Select(kind => $"{l.SideOrRoom(side.Side)}: {kind}"))], alignRightFrom: 1);
        foreach (var (name, values) in rows)
        {
            TableRow(md, [name, .. profile.Sides.SelectMany(side => values(side).Select(Number))]);
        }

        md.AppendLine();
    }

    private static void KnowEachOther(StringBuilder md, IReadOnlyList<Acquaintance> knowEachOther, IStringLocalizer<Strings> l)
    {
        md.Append("## ").AppendLine(l["Debrief_KnowEachOther"]);
        md.AppendLine();
        if (knowEachOther.Count == 0)
        {
            md.AppendLine(l["Debrief_NoPredictions"]).AppendLine();
            return;
        }

        md.AppendLine(l["Debrief_KnowEachOtherIntro"]);
        md.AppendLine();
        foreach (var side in knowEachOther)
        {
            md.Append("- ").Append(l.Side(side.Side)).Append(": ")
                .AppendLine(l["Debrief_KnowEachOtherSide", DebriefLabels.KnowPercent(side.MeanDistance), side.Predictions]);
        }

        md.AppendLine();
    }

    private static void Afsprakenkaart(StringBuilder md, IReadOnlyList<AgreementRow> agreements, IStringLocalizer<Strings> l)
    {
        md.Append("## ").AppendLine(l["Debrief_Afsprakenkaart"]);
        md.AppendLine();
        if (agreements.Count == 0)
        {
            md.AppendLine(l["Debrief_NoAgreements"]);
            return;
        }

        TableHead(md, [
            l["Debrief_ColumnCard"], l["Debrief_ColumnKind"], l["Debrief_ColumnOwner"], l["Debrief_ColumnRegie"],
            l["Debrief_ColumnNextStep"], l["Debrief_ColumnWho"], l["Debrief_ColumnNote"]]);
        foreach (var row in agreements)
        {
            var agreement = row.Agreement;
            TableRow(md, [
                Text(l["Outcome_CardHeading", row.Number, row.CardTitle]), l.AgreementKind(agreement.Kind), l.Owner(agreement),
                l.RegieOf(agreement), Text(agreement.NextStep), Text(agreement.Who), Text(agreement.Text)]);
        }
    }

    private static void TableHead(StringBuilder md, IReadOnlyList<string> headings, int alignRightFrom = int.MaxValue)
    {
        TableRow(md, headings.Select(Text).ToList());
        TableRow(md, headings.Select((_, i) => i >= alignRightFrom ? "---:" : "---").ToList());
    }

    /// <summary>Cells are escaped by the caller: labels from the resources are safe, user and deck text goes through <see cref="Text"/>.</summary>
    private static void TableRow(StringBuilder md, IReadOnlyList<string> cells) =>
        md.Append("| ").AppendJoin(" | ", cells.Select(c => c.Length == 0 ? " " : c)).AppendLine(" |");

    private static string Count(int count) => count.ToString(CultureInfo.CurrentCulture);

    private static string Number(double? value) => value is { } known ? known.ToString("0.0", CultureInfo.CurrentCulture) : None;

    [GeneratedRegex(@"[\\`*_\[\]<>|#~&]")]
    private static partial Regex MarkdownPunctuation();

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreaks();
}
