using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.OtherVillages;

/// <summary>One session's first votes on the cards it shared, under its anonymous tally id (never its join code).</summary>
[GenerateSerializer, Immutable, Alias("spel.session-tally")]
public sealed record SessionTally(
    [property: Id(0)] string Id,
    [property: Id(1)] string DeckId,
    [property: Id(2)] Dictionary<string, List<SharedAnswer>> Cards);

/// <summary>A tally file that was read, or why it was refused (<see cref="Problem"/> in English, for the log).</summary>
public sealed record TallyRead(IReadOnlyList<SessionTally> Sessions, ErrorCode? Error, string? Problem)
{
    public static TallyRead Refused(ErrorCode error, string problem) => new([], error, problem);
}

/// <summary>
/// The tally file (<c>spel.tally</c>, docs/exports.md): per session, deck and card the first votes as counts of equal
/// answers, so neither seats nor their order can be read from it. Reading checks the whole file before anything is
/// merged, so a file with one bad part changes nothing.
/// </summary>
public static partial class TallyFile
{
    /// <summary>An id is 32 to 64 lowercase hex digits: at least 128 random bits, nothing a person could have typed.</summary>
    [GeneratedRegex("^[0-9a-f]{32,64}$")]
    private static partial Regex IdPattern();

    /// <summary>Deck, card and option ids as deck files allow them.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();

    private const int NameLength = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Encode(IEnumerable<SessionTally> sessions) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new FileDto(TallyFiles.Format, TallyFiles.Version, sessions.Select(ToDto).ToList<SessionDto?>()), Json);

    public static TallyRead Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > TallyFiles.MaxBytes)
        {
            return TallyRead.Refused(ErrorCode.TallyTooLarge, $"the file has {bytes.Length} bytes, more than {TallyFiles.MaxBytes}");
        }

        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(bytes, Json);
        }
        catch (JsonException e)
        {
            return TallyRead.Refused(ErrorCode.TallyUnreadable, $"not JSON of the expected shape: {e.Message}");
        }

        if (file?.Format != TallyFiles.Format)
        {
            return TallyRead.Refused(ErrorCode.TallyUnreadable, $"format is not \"{TallyFiles.Format}\"");
        }

        if (file.Version > TallyFiles.Version)
        {
            return TallyRead.Refused(ErrorCode.TallyNewerVersion, $"version {file.Version} is newer than {TallyFiles.Version}");
        }

        if (file.Version < 1)
        {
            return TallyRead.Refused(ErrorCode.TallyUnreadable, $"version {file.Version} is not a version");
        }

        var sessions = new List<SessionTally>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (session, s) in (file.Sessions ?? []).Select((session, s) => (session, s)))
        {
            if (Problem(session, $"sessions[{s}]") is { } problem)
            {
                return TallyRead.Refused(ErrorCode.TallyUnreadable, problem);
            }

            var read = FromDto(session!);
            if (!seen.Add(read.Id))
            {
                return TallyRead.Refused(ErrorCode.TallyUnreadable, $"sessions[{s}].id appears twice");
            }

            sessions.Add(read);
        }

        return new TallyRead(sessions, null, null);
    }

    private static SessionDto ToDto(SessionTally session) =>
        new(session.Id, session.DeckId, session.Cards
            .OrderBy(card => card.Key, StringComparer.Ordinal)
            .Select(card => new CardDto(card.Key, card.Value
                .GroupBy(a => a)
                .OrderBy(g => g.Key.OptionId, StringComparer.Ordinal).ThenBy(g => g.Key.Eigenaarschap).ThenBy(g => g.Key.Regie)
                .Select(g => new VoteDto((int)g.Key.Eigenaarschap, (int)g.Key.Regie, g.Key.OptionId, g.Count()))
                .ToList<VoteDto?>()))
            .ToList<CardDto?>());

    private static SessionTally FromDto(SessionDto session) =>
        new(session.Id!, session.Deck!, session.Cards!.ToDictionary(
            card => card!.Card!,
            card => card!.Votes!
                .SelectMany(v => Enumerable.Repeat(new SharedAnswer((Eigenaarschap)v!.Eigenaarschap, (Regie)v.Regie, v.Option!), v.Count))
                .ToList(),
            StringComparer.Ordinal));

    /// <summary>What is wrong with one session's part, in English; null when nothing is.</summary>
    private static string? Problem(SessionDto? session, string where)
    {
        if (session?.Id is not { } id || !IdPattern().IsMatch(id))
        {
            return $"{where}.id is not 32 to 64 lowercase hex digits";
        }

        if (!IsName(session.Deck))
        {
            return $"{where}.deck is not a deck id";
        }

        if (session.Cards is not { } cards)
        {
            return $"{where}.cards is missing";
        }

        var cardIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (card, c) in cards.Select((card, c) => (card, c)))
        {
            var at = $"{where}.cards[{c}]";
            if (card is null || !IsName(card.Card) || !cardIds.Add(card.Card!))
            {
                return $"{at}.card is not a card id, or appears twice";
            }

            if (card.Votes is not { Count: > 0 } votes)
            {
                return $"{at}.votes is missing or empty";
            }

            if (votes.Any(v => v is null
                    || !Enum.IsDefined((Eigenaarschap)v.Eigenaarschap) || !Enum.IsDefined((Regie)v.Regie)
                    || !IsName(v.Option) || v.Count < 1))
            {
                return $"{at}.votes has a vote with an unknown eigenaarschap (1-4), regie (1-5) or option, or a count below 1";
            }

            if (votes.Sum(v => (long)v!.Count) > Limits.SeatsPerSession)
            {
                return $"{at}.votes count more than {Limits.SeatsPerSession} seats, more than a session holds";
            }
        }

        return null;
    }

    private static bool IsName(string? name) => name is { Length: > 0 and <= NameLength } && NamePattern().IsMatch(name);

    private sealed record FileDto(string? Format, int Version, List<SessionDto?>? Sessions);

    private sealed record SessionDto(string? Id, string? Deck, List<CardDto?>? Cards);

    private sealed record CardDto(string? Card, List<VoteDto?>? Votes);

    private sealed record VoteDto(int Eigenaarschap, int Regie, string? Option, int Count);
}
