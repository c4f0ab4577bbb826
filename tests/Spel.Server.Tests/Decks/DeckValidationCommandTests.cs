using System.Diagnostics;
using Spel.Scenarios.Decks;
using Spel.Server.Decks;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Decks;

public sealed class DeckValidationCommandTests : IDisposable
{
    private readonly DeckFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_shipped_decks_are_valid()
    {
        var (exitCode, report) = Validate(Path.Combine(Repository.Root, "content", "decks"));

        Assert.Equal(DeckValidationCommand.Valid, exitCode);
        Assert.StartsWith("In orde: ", report);
    }

    [Fact]
    public void A_valid_file_exits_with_zero_and_says_so_in_Dutch()
    {
        var (exitCode, report) = Validate(Path.Combine(_folder.Path, DeckFolder.GoodFile));

        Assert.Equal(0, exitCode);
        Assert.Equal("In orde: test-deck (2 kaarten).\n", report);
    }

    [Fact]
    public void A_folder_with_a_broken_deck_exits_with_one_and_reports_file_line_and_column_in_Dutch()
    {
        var (exitCode, report) = Validate(_folder.Path);

        var broken = Path.Combine(_folder.Path, DeckFolder.BrokenFile);
        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"""
            {broken}:24:5: Onbekend veld `situatie` in kaart `kaart-1`. Bedoel je `situation`?

            In orde: test-deck (2 kaarten).
            1 bestand met fouten (1 fout); de server biedt dat deck niet aan.

            """,
            report);
    }

    [Fact]
    public void English_is_reported_when_asked_for()
    {
        var (exitCode, report) = Validate(Path.Combine(_folder.Path, DeckFolder.BrokenFile), "--english");

        Assert.Equal(1, exitCode);
        Assert.EndsWith(
            ":24:5: Unknown field `situatie` in card `kaart-1`. Did you mean `situation`?\n\n"
            + "1 file with problems (1 problem); the server does not offer that deck.\n",
            report);
    }

    [Fact]
    public void A_problem_with_the_whole_file_says_so_where_others_say_line_and_column()
    {
        var empty = Path.Combine(_folder.Path, "leeg.yaml");
        File.WriteAllText(empty, "");

        var (exitCode, report) = Validate(empty);
        var (_, english) = Validate(empty, "--english");

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{empty} (hele bestand): Het bestand is leeg: er staat geen deck in.", report);
        Assert.StartsWith($"{empty} (whole file): The file is empty: it holds no deck.", english);
    }

    [Fact]
    public void Two_decks_with_the_same_id_are_both_refused_with_both_file_names_and_the_others_stay_valid()
    {
        File.Copy(Path.Combine(_folder.Path, DeckFolder.GoodFile), Path.Combine(_folder.Path, "c-kopie.yaml"));
        DeckWriter.WriteFile(TestDecks.WithCards(1) with { Id = "ander" }, Path.Combine(_folder.Path, "d-ander.yaml"));

        var (exitCode, report) = Validate(_folder.Path);

        const string both = "De deck-id `test-deck` staat in `a-goed.yaml` én `c-kopie.yaml`. Geef elk deck een eigen `id`; tot dan biedt de server geen van beide aan.";
        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"""
            {Path.Combine(_folder.Path, DeckFolder.GoodFile)}:1:5: {both}
            {Path.Combine(_folder.Path, DeckFolder.BrokenFile)}:24:5: Onbekend veld `situatie` in kaart `kaart-1`. Bedoel je `situation`?
            {Path.Combine(_folder.Path, "c-kopie.yaml")}:1:5: {both}

            In orde: ander (1 kaart).
            3 bestanden met fouten (3 fouten); de server biedt die decks niet aan.

            """,
            report);
    }

    [Fact]
    public void A_folder_without_decks_is_a_problem_not_a_success()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder.Path, "leeg")).FullName;

        var (exitCode, report) = Validate(empty);

        Assert.Equal(1, exitCode);
        Assert.Equal($"{empty}: in deze map staan geen decks (*.yaml, *.yml).\n", report);
    }

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("valideer", "content/decks")]
    [InlineData("validate", "--verbose", "content/decks")]
    public void Wrong_usage_exits_with_two_and_shows_how_to_call_it(params string[] args)
    {
        var output = new StringWriter();

        var exitCode = DeckValidationCommand.Run(args, output);

        Assert.Equal(DeckValidationCommand.UsageError, exitCode);
        Assert.Contains("Gebruik: decks validate <bestand-of-map>... [--english]", output.ToString());
        Assert.Contains("Usage: decks validate <file-or-folder>... [--english]", output.ToString());
    }

    [Fact]
    public void A_path_that_does_not_exist_exits_with_two()
    {
        var (exitCode, report) = Validate(Path.Combine(_folder.Path, "bestaat-niet.yaml"));

        Assert.Equal(2, exitCode);
        Assert.EndsWith("bestaat-niet.yaml` bestaat niet: geef een deckbestand of een map met decks.\n", report);
    }

    [Fact]
    public async Task The_server_program_runs_the_command_and_finds_a_relative_path_from_the_shells_folder()
    {
        // As `dotnet run` does: the process starts in another folder, the shell's folder is in PWD.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Spel.Server.dll"), "decks", "validate", DeckFolder.BrokenFile])
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            Environment = { ["PWD"] = _folder.Path },
        };

        using var process = Process.Start(start)!;
        var report = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"{DeckFolder.BrokenFile}:24:5: Onbekend veld `situatie` in kaart `kaart-1`. Bedoel je `situation`?", report);
    }

    private static (int ExitCode, string Report) Validate(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var exitCode = DeckValidationCommand.Run(["validate", .. args], output);
        return (exitCode, output.ToString());
    }
}
