using YamlDotNet.Core;

namespace Spel.Scenarios.Decks;

/// <summary>A place in a deck file; 1-based, or <see cref="WholeFile"/>.</summary>
internal readonly record struct Position(int Line, int Column)
{
    public static readonly Position WholeFile = new(0, 0);

    public static Position Of(Mark mark) => new(checked((int)mark.Line), checked((int)mark.Column));
}

/// <summary>A place in a deck file and the field written there (null when it is no field); see <see cref="DeckProblem.Path"/>.</summary>
internal readonly record struct Place(Position At, string? Path);

/// <summary>A problem described twice: Dutch for the trainer, English for the log.</summary>
internal readonly record struct Message(string Nl, string En);

/// <summary>Collects every problem of one deck file, so a trainer can fix them all in one go.</summary>
internal sealed class DeckProblems(string source)
{
    // A hostile or badly broken file could produce one problem per line; past this many, more do not help anyone.
    internal const int MaxReported = 100;

    private readonly List<DeckProblem> _problems = [];
    private bool _overflowed;

    public bool Any => _problems.Count > 0;

    public int Count => _problems.Count;

    /// <summary>Whether more problems would only be counted, not shown; lets costly messages be skipped.</summary>
    public bool IsFull => _problems.Count >= MaxReported;

    /// <summary>A problem at a place in the text that is no field of the deck (a YAML syntax problem).</summary>
    public void Add(Position at, Message message) => Add(new Place(at, null), message);

    public void Add(Place at, Message message)
    {
        if (IsFull)
        {
            _overflowed = true;
            return;
        }

        _problems.Add(new DeckProblem(source, at.At.Line, at.At.Column, message.Nl, message.En) { Path = at.Path });
    }

    public void AddForFile(Message message) => Add(Position.WholeFile, message);

    /// <summary>In reading order, the way a trainer walks through the file.</summary>
    public IReadOnlyList<DeckProblem> ToList()
    {
        var ordered = _problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        if (_overflowed)
        {
            var notice = DeckMessages.TooManyProblems(MaxReported);
            ordered.Add(new DeckProblem(source, 0, 0, notice.Nl, notice.En));
        }

        return ordered;
    }
}
