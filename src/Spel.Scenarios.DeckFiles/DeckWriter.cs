using System.Text;

namespace Spel.Scenarios.Decks;

/// <summary>
/// Writes a deck in the file format of docs/deck-format.md, fields in the order the guide lists them;
/// <see cref="DeckReader"/> reads the result back into an equal deck. Comments in a file that was read are not kept.
/// </summary>
public static class DeckWriter
{
    public static string Write(Deck deck)
    {
        var yaml = new YamlText();
        yaml.Field(0, "id", deck.Id);
        yaml.Field(0, "title", deck.Title);
        yaml.Field(0, "language", deck.Language);
        yaml.Field(0, "description", deck.Description);
        yaml.Field(0, "audience", deck.Audience);
        yaml.BlankLine();
        yaml.ListField(0, "roles", deck.Roles, role =>
        {
            yaml.Field(4, "id", role.Id);
            yaml.Field(4, "name", role.Name);
            yaml.Field(4, "side", DeckTokens.Sides.TokenOf(role.Side));
        });
        yaml.BlankLine();
        var first = true;
        yaml.ListField(0, "cards", deck.Cards, card =>
        {
            if (!first)
            {
                yaml.BlankLine();
            }

            first = false;
            WriteCard(yaml, card);
        });
        return yaml.ToString();
    }

    /// <summary>Writes the deck as UTF-8 without a byte order mark, replacing the file if it exists.</summary>
    public static void WriteFile(Deck deck, string path) => File.WriteAllText(path, Write(deck), new UTF8Encoding(false));

    private static void WriteCard(YamlText yaml, Card card)
    {
        yaml.Field(4, "id", card.Id);
        yaml.Field(4, "title", card.Title);
        if (card.Suggested)
        {
            yaml.WordField(4, "suggested", "true");
        }

        yaml.Field(4, "situation", card.Situation);
        OptionalField(yaml, "source", card.Source);
        if (card.Questions != CardQuestions.Standard)
        {
            yaml.WordsField(4, "questions", DeckTokens.Questions.TokensIn(card.Questions));
        }

        yaml.Field(4, "action_question", card.ActionQuestion);
        yaml.ListField(4, "options", card.Options, option =>
        {
            yaml.Field(8, "id", option.Id);
            yaml.Field(8, "text", option.Text);
            yaml.Field(8, "function", DeckTokens.Functions.TokenOf(option.Function));
            yaml.Field(8, "gemeente_stance", DeckTokens.Stances.TokenOf(option.Stance));
        });
        yaml.TextListField(4, "prompts", card.Prompts);
        OptionalField(yaml, "what_happened", card.WhatHappened);
        yaml.TextListField(4, "themes", card.Themes);
    }

    // The reader treats empty optional text as left out, so writing it would not come back the same.
    private static void OptionalField(YamlText yaml, string name, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            yaml.Field(4, name, text);
        }
    }
}
