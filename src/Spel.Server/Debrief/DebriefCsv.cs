using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Spel.Scenarios.Localization;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.Debrief;

/// <summary>
/// The debrief as a spreadsheet: one row per seat, card and question, then the slotvraag per seat and function.
/// RFC 4180 with ';' between fields and a UTF-8 byte order mark, which is what Excel with Dutch settings opens
/// correctly by a double click. The columns are described in docs/exports.md.
/// </summary>
public static class DebriefCsv
{
    public const char Separator = ';';

    public static IReadOnlyList<string> Columns { get; } =
        ["kaart_nummer", "kaart_id", "kaart_titel", "deelnemer_nr", "deelnemer", "soort_plek", "kant", "rol", "vraag", "waarde", "betekenis"];

    /// <summary>The file as sent: the byte order mark, then the text.</summary>
    public static byte[] Encode(DebriefView debrief, IStringLocalizer<Strings> l) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Build(debrief, l))];

    public static string Build(DebriefView debrief, IStringLocalizer<Strings> l)
    {
        var csv = new StringBuilder();
        Line(csv, Columns);
        var seats = debrief.Seats.ToDictionary(s => s.SeatId);
        foreach (var card in debrief.Cards.OrderBy(c => c.Reveal.Outcome.Number))
        {
            var outcome = card.Reveal.Outcome;
            var options = outcome.Options.ToDictionary(o => o.OptionId);
            foreach (var answer in card.Reveal.Answers)
            {
                var seat = seats[answer.SeatId];
                var row = new Row(outcome, seat, answer.Side, l);
                row.Add(csv, "eigenaarschap", (int)answer.Eigenaarschap, l.Eigenaarschap(answer.Eigenaarschap));
                row.Add(csv, "regie", (int)answer.Regie, l.Regie(answer.Regie));
                row.Add(csv, "actie", answer.OptionId, options.GetValueOrDefault(answer.OptionId)?.Text ?? "");
                if (answer.Prediction is { } prediction)
                {
                    row.Add(csv, "voorspelling_eigenaarschap", (int)prediction.Eigenaarschap, l.Eigenaarschap(prediction.Eigenaarschap));
                    row.Add(csv, "voorspelling_regie", (int)prediction.Regie, l.Regie(prediction.Regie));
                }

                if (answer.Revote is { } revote)
                {
                    row.Add(csv, "herstemming_eigenaarschap", (int)revote.Eigenaarschap, l.Eigenaarschap(revote.Eigenaarschap));
                    row.Add(csv, "herstemming_regie", (int)revote.Regie, l.Regie(revote.Regie));
                }

                if (answer.RevoteOptionId is { } wanted)
                {
                    row.Add(csv, "herstemming_actie", wanted, options.GetValueOrDefault(wanted)?.Text ?? "");
                }
            }
        }

        foreach (var seat in debrief.Seats.Where(s => s.Points is not null))
        {
            var row = new Row(null, seat, seat.Side, l);
            foreach (var function in DebriefLabels.Functions)
            {
                row.Add(csv, $"slotvraag_{function.ToString().ToLowerInvariant()}", seat.Points!.For(function), l.Function(function));
            }
        }

        return csv.ToString();
    }

    /// <summary>Quotes a field when RFC 4180 asks it, and defuses text a spreadsheet would run as a formula.</summary>
    public static string Field(string value)
    {
        // A cell starting with one of these is a formula to Excel and LibreOffice; names and titles are user text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(Separator, fields.Select(Field));
        csv.Append("\r\n");
    }

    /// <summary>What the rows of one seat on one card (or on the slotvraag, without a card) share.</summary>
    private sealed class Row(CardOutcome? card, DebriefSeat seat, Side? side, IStringLocalizer<Strings> l)
    {
        private readonly string[] _start =
        [
            card?.Number.ToString(CultureInfo.InvariantCulture) ?? "",
            card?.CardId ?? "",
            card?.Title ?? "",
            seat.Number.ToString(CultureInfo.InvariantCulture),
            seat.Name ?? l["Export_Participant", seat.Number],
            seat.Kind == SeatKind.Table ? "tafel" : "persoon",
            side?.ToString().ToLowerInvariant() ?? "",
            seat.RoleName ?? "",
        ];

        public void Add(StringBuilder csv, string question, int value, string meaning) =>
            Add(csv, question, value.ToString(CultureInfo.InvariantCulture), meaning);

        public void Add(StringBuilder csv, string question, string value, string meaning) =>
            Line(csv, [.. _start, question, value, meaning]);
    }
}
