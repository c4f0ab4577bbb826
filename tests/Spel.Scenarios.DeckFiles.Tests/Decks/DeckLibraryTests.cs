using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

public sealed class DeckLibraryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("decks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_folder_keeps_good_decks_when_one_file_is_broken()
    {
        Write("a-goed.yaml", TestDecks.Valid);
        Write("b-kapot.yaml", TestDecks.Replace("title: Proefdeck", "titel: Proefdeck"));
        Write("c-ook-goed.yml", TestDecks.Replace("id: proef", "id: tweede"));
        Write("leesmij.txt", "geen deck");

        var library = DeckLibrary.LoadFolder(_folder);

        Assert.Equal(["proef", "tweede"], library.Decks.Select(d => d.Id));
        Assert.Equal("b-kapot.yaml", Assert.Single(library.Problems).Source);
    }

    [Fact]
    public void Load_folder_reports_a_refused_file_with_its_name()
    {
        Write("gevaarlijk.yaml", "a: &a [1]\nb: *a\n");
        Write("goed.yaml", TestDecks.Valid);

        var library = DeckLibrary.LoadFolder(_folder);

        Assert.Equal("proef", Assert.Single(library.Decks).Id);
        Assert.All(library.Problems, p => Assert.Equal("gevaarlijk.yaml", p.Source));
        Assert.Equal(2, library.Problems.Count);
    }

    [Fact]
    public void A_deck_id_used_twice_loads_neither_file_names_both_at_each_id_and_keeps_the_others()
    {
        Write("a.yaml", TestDecks.Valid);
        Write("b.yaml", TestDecks.Replace("title: Proefdeck", "title: Ander deck"));
        Write("c.yaml", TestDecks.Replace("id: proef", "id: derde"));

        var library = DeckLibrary.LoadFolder(_folder);

        Assert.Equal("derde", Assert.Single(library.Decks).Id);
        Assert.Null(library.Find("proef"));
        Assert.Equal(
            [("a.yaml", 1, 5), ("b.yaml", 1, 5)],
            library.Problems.Select(p => (p.Source, p.Line, p.Column)));
        Assert.All(library.Problems, p => Assert.Equal(
            "De deck-id `proef` staat in `a.yaml` én `b.yaml`. Geef elk deck een eigen `id`; tot dan biedt de server geen van beide aan.",
            p.MessageNl));
        Assert.All(library.Problems, p => Assert.Equal(
            "The deck id `proef` is used by `a.yaml` and `b.yaml`; give each deck its own `id`. Until then the server offers neither.",
            p.MessageEn));
    }

    [Fact]
    public void A_deck_id_used_three_times_names_all_three_files()
    {
        Write("a.yaml", TestDecks.Valid);
        Write("b.yaml", TestDecks.Valid);
        Write("c.yaml", TestDecks.Valid);

        var library = DeckLibrary.LoadFolder(_folder);

        Assert.Empty(library.Decks);
        Assert.Equal(["a.yaml", "b.yaml", "c.yaml"], library.Problems.Select(p => p.Source));
        Assert.StartsWith("De deck-id `proef` staat in `a.yaml`, `b.yaml` én `c.yaml`.", library.Problems[0].MessageNl);
        Assert.EndsWith("geen van deze decks aan.", library.Problems[0].MessageNl);
    }

    [Fact]
    public void A_broken_file_with_the_same_id_does_not_take_the_good_deck_down()
    {
        Write("a.yaml", TestDecks.Valid);
        Write("b.yaml", TestDecks.Replace("title: Proefdeck", "titel: Proefdeck"));

        var library = DeckLibrary.LoadFolder(_folder);

        Assert.Equal("proef", Assert.Single(library.Decks).Id);
        Assert.Equal("b.yaml", Assert.Single(library.Problems).Source);
    }

    [Fact]
    public void Load_files_reads_the_given_files_in_their_order_and_reports_a_missing_one()
    {
        Write("z.yaml", TestDecks.Replace("id: proef", "id: zet"));
        Write("a.yaml", TestDecks.Valid);

        var library = DeckLibrary.LoadFiles([Path.Combine(_folder, "z.yaml"), Path.Combine(_folder, "weg.yaml"), Path.Combine(_folder, "a.yaml")]);

        Assert.Equal(["zet", "proef"], library.Decks.Select(d => d.Id));
        var problem = Assert.Single(library.Problems);
        Assert.Equal(("weg.yaml", 0, 0), (problem.Source, problem.Line, problem.Column));
        Assert.StartsWith("Het bestand kan niet gelezen worden", problem.MessageNl);
    }

    [Fact]
    public void Deck_files_in_a_folder_are_the_yaml_and_yml_files_in_name_order()
    {
        Write("b.yml", "");
        Write("a.YAML", "");
        Write("c.txt", "");

        Assert.Equal(["a.YAML", "b.yml"], DeckLibrary.DeckFilesIn(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Find_returns_a_deck_by_its_id_or_nothing()
    {
        Write("proef.yaml", TestDecks.Valid);

        var library = DeckLibrary.LoadFolder(_folder);

        Assert.Equal("Proefdeck", library.Find("proef")?.Title);
        Assert.Null(library.Find("onbekend"));
        Assert.Null(library.Find("PROEF"));
    }

    [Fact]
    public void An_empty_folder_gives_an_empty_library()
    {
        var library = DeckLibrary.LoadFolder(_folder);

        Assert.Empty(library.Decks);
        Assert.Empty(library.Problems);
    }

    [Fact]
    public void A_missing_folder_is_an_error_not_an_empty_library()
    {
        Assert.Throws<DirectoryNotFoundException>(() => DeckLibrary.LoadFolder(Path.Combine(_folder, "bestaat-niet")));
    }

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content);
}
