using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Spel.Scenarios.Decks;

/// <summary>A YAML value with the place it was written; the deck reader's own minimal tree.</summary>
internal abstract class Node(Position start)
{
    public Position Start { get; } = start;

    public abstract Message Describe();
}

internal sealed class ScalarNode(Position start, string value, bool isPlain) : Node(start)
{
    public string Value { get; } = value;

    /// <summary>An empty value, <c>~</c> or <c>null</c> written without quotes: YAML's "nothing here".</summary>
    public bool IsNull => isPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override Message Describe() => IsNull ? new("niets", "nothing") : new("tekst", "text");
}

/// <summary>A list or a block of fields, filled while the parser walks through it.</summary>
internal abstract class CollectionNode(Position start) : Node(start)
{
    public abstract void Add(Node child);
}

internal sealed class SequenceNode(Position start) : CollectionNode(start)
{
    private readonly List<Node> _items = [];

    public IReadOnlyList<Node> Items => _items;

    public override void Add(Node child) => _items.Add(child);

    public override Message Describe() => new("een lijst", "a list");
}

internal sealed class MappingNode(Position start) : CollectionNode(start)
{
    // The parser hands over key, value, key, value, ... A `: ` at the very end of a file gives a key without a value
    // (YamlDotNet 16); that value is nothing, as it would be anywhere else in the file.
    private readonly List<Node> _keysAndValues = [];

    public IEnumerable<KeyValuePair<Node, Node>> Entries =>
        _keysAndValues.Chunk(2).Select(pair => KeyValuePair.Create(pair[0], pair.Length == 2 ? pair[1] : new ScalarNode(pair[0].Start, "", isPlain: true)));

    public override void Add(Node child) => _keysAndValues.Add(child);

    public override Message Describe() => new("een blok met velden", "a block of fields");
}

/// <summary>
/// Reads YAML from the parser's event stream instead of YamlStream or the deserializer:
/// the event stream shows anchors, aliases and tags before anything is expanded, so a
/// "billion laughs" file or a type tag is refused in one linear pass, and every refusal
/// keeps the line and column where it was written.
/// </summary>
internal static class SafeYamlLoader
{
    // A deck nests five levels deep (deck, cards, card, options, option); anything far deeper is not a deck.
    internal const int MaxDepth = 16;

    /// <summary>Returns the single document's root, or null when the file is empty or was refused (the reasons are in <paramref name="problems"/>).</summary>
    public static Node? Load(string yaml, DeckProblems problems)
    {
        var problemsBefore = problems.Count;
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<CollectionNode>();
        Node? root = null;
        var documents = 0;

        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var at = Position.Of(current.Start);
                switch (current)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            problems.Add(at, DeckMessages.MoreThanOneDocument);
                            return null;
                        }

                        break;

                    case AnchorAlias alias:
                        problems.Add(at, DeckMessages.AliasRefused(alias.Value.Value));
                        Attach(new ScalarNode(at, "", isPlain: true));
                        break;

                    case NodeEvent node:
                        RefuseTagAndAnchor(node, at, problems);
                        switch (node)
                        {
                            case Scalar scalar:
                                Attach(new ScalarNode(at, scalar.Value, scalar.Style == ScalarStyle.Plain));
                                break;
                            case SequenceStart:
                            case MappingStart:
                                if (open.Count >= MaxDepth)
                                {
                                    problems.Add(at, DeckMessages.TooDeep(MaxDepth));
                                    return null;
                                }

                                open.Push(node is MappingStart ? new MappingNode(at) : new SequenceNode(at));
                                break;
                        }

                        break;

                    case SequenceEnd:
                    case MappingEnd:
                        Attach(open.Pop());
                        break;
                }
            }
        }
        catch (YamlException error)
        {
            Explain(Position.Of(error.Start), error.Message);
            return null;
        }
        catch (InvalidOperationException error) when (error.TargetSite?.DeclaringType?.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true)
        {
            // YamlDotNet's scanner fails this way, without a place, on a flow list or block left open (`id: [proef`);
            // the innermost collection still open is where it began.
            Explain(open.Count > 0 ? open.Peek().Start : new Position(1, 1), error.Message);
            return null;
        }

        return problems.Count > problemsBefore ? null : root;

        void Explain(Position at, string parserMessage)
        {
            foreach (var (place, message) in YamlMistakes.Explain(yaml, at, parserMessage))
            {
                problems.Add(place, message);
            }
        }

        void Attach(Node node)
        {
            if (open.Count == 0)
            {
                root = node;
            }
            else
            {
                open.Peek().Add(node);
            }
        }
    }

    private static void RefuseTagAndAnchor(NodeEvent node, Position at, DeckProblems problems)
    {
        if (!node.Tag.IsEmpty)
        {
            problems.Add(at, DeckMessages.TagRefused(node.Tag.Value));
        }

        if (!node.Anchor.IsEmpty)
        {
            problems.Add(at, DeckMessages.AnchorRefused(node.Anchor.Value));
        }
    }
}
