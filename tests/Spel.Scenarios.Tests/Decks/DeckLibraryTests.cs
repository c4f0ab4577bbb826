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
    public void A_deck_id_used_twice_keeps_the_first_file_and_reports_the_second_at_its_id()
    {
        Write("a.yaml", TestDecks.Valid);
        Write("b.yaml", TestDecks.Replace("title: Proefdeck", "title: Ander deck"));

        var library = DeckLibrary.LoadFolder(_folder);

        Assert.Equal("Proefdeck", Assert.Single(library.Decks).Title);
        var problem = Assert.Single(library.Problems);
        Assert.Equal(("b.yaml", 1, 5), (problem.Source, problem.Line, problem.Column));
        Assert.Equal("Er is al een deck met id `proef` (in a.yaml); dit bestand wordt niet geladen.", problem.MessageNl);
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
