using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Play;

/// <summary>
/// One seat's input to a card: its side, its first answer and, after a re-vote, its second position and the course
/// of action it chose then (<see cref="RevoteOption"/>, null when the card does not ask the action question).
/// </summary>
public readonly record struct Vote(Side Side, Answer Answer, Position? Revote = null, string? RevoteOption = null);

/// <summary>
/// The tallies of the game, as pure functions: how the room answered a card, the gap between the sides, how
/// divided the room was, how good the predictions were, who moved after the conversation and the function profile.
/// Positions are compared with <see cref="BoardDistance"/>: 0 on the same spot, 1 between opposite corners.
/// Shared with the client so the deck studio's preview tallies its sample answers exactly as a session does.
/// </summary>
public static class Outcomes
{
    private static readonly int EigenaarschapSteps = Enum.GetValues<Eigenaarschap>().Length;
    private static readonly int RegieSteps = Enum.GetValues<Regie>().Length;

    /// <summary>
    /// Whether answers may be shown per side: always when names are shown, and in an anonymous session only
    /// when each side has at least <see cref="Limits.AnonymousSideMinimum"/>, so nobody can be singled out.
    /// </summary>
    public static bool SplitShown(bool anonymous, int gemeente, int dorpsbelangen) =>
        !anonymous || Math.Min(gemeente, dorpsbelangen) >= Limits.AnonymousSideMinimum;

    public static CardOutcome For(Card card, int number, IReadOnlyCollection<Vote> votes, bool anonymous)
    {
        var gemeente = Distribution(Side.Gemeente, votes.Where(v => v.Side == Side.Gemeente).Select(v => v.Answer.Position));
        var dorpsbelangen = Distribution(Side.Dorpsbelangen, votes.Where(v => v.Side == Side.Dorpsbelangen).Select(v => v.Answer.Position));
        var shown = SplitShown(anonymous, gemeente.Count, dorpsbelangen.Count);
        var options = card.Options
            .Select(o => new OptionTally(
                o.Id,
                o.Text,
                o.Function,
                votes.Count(v => v.Answer.OptionId == o.Id),
                shown ? votes.Count(v => v.Side == Side.Gemeente && v.Answer.OptionId == o.Id) : null,
                shown ? votes.Count(v => v.Side == Side.Dorpsbelangen && v.Answer.OptionId == o.Id) : null))
            .ToList();
        return new CardOutcome(
            card.Id,
            number,
            card.Title,
            Distribution(null, votes.Select(v => v.Answer.Position)),
            shown ? gemeente : null,
            shown ? dorpsbelangen : null,
            shown ? Gap(gemeente, dorpsbelangen) : null,
            options,
            Spread(votes.Select(v => v.Answer.Position).ToList()));
    }

    /// <summary>The distance between the sides' averages, or null when a side did not answer.</summary>
    public static SideGap? Gap(SideDistribution a, SideDistribution b)
    {
        if (a.MeanEigenaarschap is not { } ea || b.MeanEigenaarschap is not { } eb ||
            a.MeanRegie is not { } ra || b.MeanRegie is not { } rb)
        {
            return null;
        }

        return SideGap.Between(ea, ra, eb, rb);
    }

    /// <summary>How divided the room was: the mean distance of the answers from their average spot (0 when all agree).</summary>
    public static double Spread(IReadOnlyCollection<Position> positions)
    {
        if (positions.Count == 0)
        {
            return 0;
        }

        var e = positions.Average(p => (int)p.Eigenaarschap);
        var r = positions.Average(p => (int)p.Regie);
        return positions.Average(p => BoardDistance.Between((int)p.Eigenaarschap, (int)p.Regie, e, r));
    }

    /// <summary>
    /// Wisselperspectief: per side that predicted, its predictions against the other side's real average.
    /// Empty when the split is hidden, because the other side's average is exactly what anonymity hides.
    /// </summary>
    public static IReadOnlyList<PredictionOutcome> Predictions(IReadOnlyCollection<Vote> votes, bool splitShown)
    {
        if (!splitShown)
        {
            return [];
        }

        var outcomes = new List<PredictionOutcome>();
        foreach (var side in Enum.GetValues<Side>())
        {
            var predictions = votes.Where(v => v.Side == side && v.Answer.Prediction is not null).Select(v => v.Answer.Prediction!).ToList();
            var actual = votes.Where(v => v.Side != side).Select(v => v.Answer.Position).ToList();
            if (predictions.Count == 0 || actual.Count == 0)
            {
                continue;
            }

            var actualE = actual.Average(p => (int)p.Eigenaarschap);
            var actualR = actual.Average(p => (int)p.Regie);
            outcomes.Add(new PredictionOutcome(
                side,
                predictions.Count,
                predictions.Average(p => (int)p.Eigenaarschap),
                predictions.Average(p => (int)p.Regie),
                actualE,
                actualR,
                predictions.Average(p => BoardDistance.Between((int)p.Eigenaarschap, (int)p.Regie, actualE, actualR))));
        }

        return outcomes;
    }

    /// <summary>
    /// Who moved between the first and the second vote, per side or for the room; null when nobody voted twice.
    /// With the card's <paramref name="options"/> it also counts, among the seats that voted twice, how many chose each
    /// option first ("nu") and second ("gewenst"), for the room only: options per side would let an anonymous side's
    /// few seats be recognised where the split is shown only by the positions.
    /// </summary>
    public static MovementView? Movement(IReadOnlyCollection<Vote> votes, bool splitShown, IReadOnlyList<ActionOption>? options = null)
    {
        var voters = votes.Where(v => v.Revote is not null).ToList();
        if (voters.Count == 0)
        {
            return null;
        }

        IEnumerable<IGrouping<Side?, Vote>> groups = splitShown
            ? voters.GroupBy(v => (Side?)v.Side).OrderBy(g => g.Key)
            : voters.GroupBy(_ => (Side?)null);
        return new MovementView(groups.Select(g => SideMovement(g.Key, g.ToList())).ToList())
        {
            Options = voters.Any(v => v.RevoteOption is not null)
                ? (options ?? [])
                    .Select(o => new OptionMove(
                        o.Id,
                        o.Text,
                        voters.Count(v => v.Answer.OptionId == o.Id),
                        voters.Count(v => v.RevoteOption == o.Id)))
                    .ToList()
                : [],
        };
    }

    /// <summary>
    /// The two profiles per side (or for the room when the split is hidden), each "nu" against "gewenst": the village
    /// organisation's functions and the gemeente's stances on the ladder. "Nu" is the share of each function or stance
    /// among the options the side chose in its first votes, on a 10-point scale; "gewenst" the same among the options of
    /// its second votes (herstemming, every card). Without second votes the functions' "gewenst" is the side's mean
    /// slotvraag, as before there were second votes, and the stances' "gewenst" stays unknown: nobody was asked it.
    /// The slotvraag is kept apart as well (<see cref="SideProfile.Slotvraag"/>), as the closing summary. Only the
    /// five ladder steps count as stances; an option of an old deck snapshot with another stance counts for its function only.
    /// </summary>
    public static FunctionProfile Profile(
        IReadOnlyCollection<(Side Side, ActionOption Option)> now,
        IReadOnlyCollection<(Side Side, ActionOption Option)> wanted,
        IReadOnlyCollection<(Side Side, FunctionPoints Points)> points,
        bool splitShown)
    {
        var sides = splitShown ? Enum.GetValues<Side>().Select(s => (Side?)s) : [null];
        return new FunctionProfile(sides
            .Select(side =>
            {
                var first = now.Where(c => side is null || c.Side == side).Select(c => c.Option).ToList();
                var second = wanted.Where(c => side is null || c.Side == side).Select(c => c.Option).ToList();
                var slotvraag = Slotvraag(points.Where(p => side is null || p.Side == side).Select(p => p.Points).ToList());
                var firstStances = OnLadder(first);
                var secondStances = OnLadder(second);
                return new SideProfile(
                    side,
                    Functions(first),
                    second.Count > 0 ? Functions(second) : slotvraag,
                    first.Count,
                    points.Count(p => side is null || p.Side == side))
                {
                    WantedChoices = second.Count,
                    Slotvraag = slotvraag,
                    StancesNow = Stances(firstStances),
                    StancesWanted = Stances(secondStances),
                    StanceChoices = firstStances.Count,
                    WantedStanceChoices = secondStances.Count,
                };
            })
            .ToList());
    }

    /// <summary>"Hoe goed kennen we elkaar": per side, the mean distance of all its predictions from the other side's average.</summary>
    public static IReadOnlyList<Acquaintance> KnowEachOther(IEnumerable<IReadOnlyCollection<Vote>> cards)
    {
        var distances = new Dictionary<Side, List<double>>();
        foreach (var votes in cards)
        {
            foreach (var side in Enum.GetValues<Side>())
            {
                var actual = votes.Where(v => v.Side != side).Select(v => v.Answer.Position).ToList();
                if (actual.Count == 0)
                {
                    continue;
                }

                var actualE = actual.Average(p => (int)p.Eigenaarschap);
                var actualR = actual.Average(p => (int)p.Regie);
                var list = distances.TryGetValue(side, out var found) ? found : distances[side] = [];
                list.AddRange(votes
                    .Where(v => v.Side == side && v.Answer.Prediction is not null)
                    .Select(v => BoardDistance.Between((int)v.Answer.Prediction!.Eigenaarschap, (int)v.Answer.Prediction.Regie, actualE, actualR)));
            }
        }

        return distances
            .Where(d => d.Value.Count > 0)
            .OrderBy(d => d.Key)
            .Select(d => new Acquaintance(d.Key, d.Value.Count, d.Value.Average()))
            .ToList();
    }

    public static SideDistribution Distribution(Side? side, IEnumerable<Position> positions)
    {
        var list = positions.ToList();
        var eigenaarschap = new int[EigenaarschapSteps];
        var regie = new int[RegieSteps];
        foreach (var position in list)
        {
            eigenaarschap[(int)position.Eigenaarschap - 1]++;
            regie[(int)position.Regie - 1]++;
        }

        return new SideDistribution(
            side,
            list.Count,
            eigenaarschap,
            regie,
            list.Count == 0 ? null : list.Average(p => (int)p.Eigenaarschap),
            list.Count == 0 ? null : list.Average(p => (int)p.Regie));
    }

    private static SideMovement SideMovement(Side? side, IReadOnlyCollection<Vote> voters) => new(
        side,
        voters.Count,
        voters.Count(v => v.Answer.Position != v.Revote),
        voters.Average(v => (int)v.Answer.Eigenaarschap),
        voters.Average(v => (int)v.Answer.Regie),
        voters.Average(v => (int)v.Revote!.Eigenaarschap),
        voters.Average(v => (int)v.Revote!.Regie),
        voters.Average(v => BoardDistance.Between(v.Answer.Position, v.Revote!)));

    private static FunctionScores? Functions(IReadOnlyCollection<ActionOption> options) =>
        options.Count == 0
            ? null
            : Scores(f => 10.0 * options.Count(o => o.Function == f) / options.Count);

    private static List<Stance> OnLadder(IEnumerable<ActionOption> options) =>
        options.Select(o => o.Stance).Where(Decks.Stances.Ladder.Contains).ToList();

    private static StanceScores? Stances(IReadOnlyCollection<Stance> stances) =>
        stances.Count == 0
            ? null
            : StanceScores.Of(step => 10.0 * stances.Count(s => s == step) / stances.Count);

    private static FunctionScores? Slotvraag(IReadOnlyCollection<FunctionPoints> points) =>
        points.Count == 0 ? null : Scores(f => points.Average(p => p.For(f)));

    private static FunctionScores Scores(Func<VillageFunction, double> score) => new(
        score(VillageFunction.Vertegenwoordiger),
        score(VillageFunction.Kennisdeler),
        score(VillageFunction.Verbinder),
        score(VillageFunction.Aanjager));
}
