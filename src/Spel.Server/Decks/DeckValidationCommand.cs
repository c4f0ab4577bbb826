using Spel.Scenarios.Decks;

namespace Spel.Server.Decks;

/// <summary>
/// <c>decks validate &lt;file-or-folder&gt;... [--english]</c>: checks deck files the way the server reads them, without
/// starting it, for trainers and CI. Reports each problem as <c>path:line:column: message</c>, the form editors and CI
/// logs link to, in Dutch unless <c>--english</c> is given.
/// </summary>
public static class DeckValidationCommand
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int UsageError = 2;

    private const string EnglishFlag = "--english";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var english = args.Contains(EnglishFlag);
        var paths = args.Skip(1).Where(a => a != EnglishFlag).ToList();
        if (args is not ["validate", ..] || paths.Count == 0 || paths.Any(p => p.StartsWith('-')))
        {
            output.WriteLine(Text.Usage.Nl);
            output.WriteLine();
            output.WriteLine(Text.Usage.En);
            return UsageError;
        }

        string Say((string Nl, string En) text) => english ? text.En : text.Nl;

        if (paths.FirstOrDefault(p => Resolve(p) is null) is { } missing)
        {
            output.WriteLine(Say(Text.NotFound(missing)));
            return UsageError;
        }

        var valid = new List<Deck>();
        var problemCount = 0;
        var brokenFiles = 0;
        foreach (var path in paths)
        {
            // Problems name files the way the path was typed, so a terminal or editor can open them from where it was typed.
            var fullPath = Resolve(path)!;
            var isFolder = Directory.Exists(fullPath);
            IReadOnlyList<string> files = isFolder ? DeckLibrary.DeckFilesIn(fullPath) : [fullPath];
            if (files.Count == 0)
            {
                output.WriteLine(Say(Text.NoDecks(path)));
                problemCount++;
                continue;
            }

            var library = DeckLibrary.LoadFiles(files);
            valid.AddRange(library.Decks);
            problemCount += library.Problems.Count;
            brokenFiles += library.Problems.Select(p => p.Source).Distinct().Count();
            foreach (var problem in library.Problems)
            {
                var file = isFolder ? Path.Combine(path, problem.Source) : path;
                var where = problem.IsAboutWholeFile ? $"{file} ({Say(Text.WholeFile)})" : $"{file}:{problem.Line}:{problem.Column}";
                output.WriteLine($"{where}: {(english ? problem.MessageEn : problem.MessageNl)}");
            }
        }

        if (problemCount > 0 && (valid.Count > 0 || brokenFiles > 0))
        {
            output.WriteLine();
        }

        if (valid.Count > 0)
        {
            output.WriteLine(Say(Text.ValidDecks(valid)));
        }

        if (brokenFiles > 0)
        {
            output.WriteLine(Say(Text.BrokenFiles(brokenFiles, problemCount)));
        }

        return problemCount == 0 ? Valid : Invalid;
    }

    /// <summary>
    /// The file or folder a path means, or null when there is none. <c>dotnet run</c> starts a web project in the
    /// project's folder, so a relative path is looked up first from the shell's folder (PWD, which POSIX shells set),
    /// then from the current one.
    /// </summary>
    private static string? Resolve(string path)
    {
        var shellFolder = Environment.GetEnvironmentVariable("PWD");
        IEnumerable<string> candidates = Path.IsPathRooted(path) || string.IsNullOrEmpty(shellFolder)
            ? [path]
            : [Path.Combine(shellFolder, path), path];
        return candidates.Select(Path.GetFullPath).FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));
    }

    /// <summary>What the command says, Dutch beside English.</summary>
    private static class Text
    {
        public static readonly (string Nl, string En) Usage = (
            """
            Gebruik: decks validate <bestand-of-map>... [--english]
              Controleert decks (*.yaml, *.yml) zoals de server ze leest. Elke fout staat op een eigen regel als
              bestand:regel:kolom: melding, of bestand (hele bestand): melding.
              Afsluitcode 0: alles in orde; 1: er zijn fouten; 2: verkeerd aangeroepen.
            """,
            """
            Usage: decks validate <file-or-folder>... [--english]
              Checks decks (*.yaml, *.yml) the way the server reads them. Each problem is one line,
              file:line:column: message, or file (whole file): message (in English with --english).
              Exit code 0: all valid; 1: problems; 2: wrong usage.
            """);

        public static readonly (string Nl, string En) WholeFile = ("hele bestand", "whole file");

        public static (string Nl, string En) NotFound(string path) => (
            $"`{path}` bestaat niet: geef een deckbestand of een map met decks.",
            $"`{path}` does not exist: give a deck file or a folder of decks.");

        public static (string Nl, string En) NoDecks(string folder) => (
            $"{folder}: in deze map staan geen decks (*.yaml, *.yml).",
            $"{folder}: this folder holds no decks (*.yaml, *.yml).");

        public static (string Nl, string En) ValidDecks(IReadOnlyList<Deck> decks)
        {
            var nl = string.Join(", ", decks.Select(d => $"{d.Id} ({d.Cards.Count} {(d.Cards.Count == 1 ? "kaart" : "kaarten")})"));
            var en = string.Join(", ", decks.Select(d => $"{d.Id} ({d.Cards.Count} {(d.Cards.Count == 1 ? "card" : "cards")})"));
            return ($"In orde: {nl}.", $"Valid: {en}.");
        }

        public static (string Nl, string En) BrokenFiles(int files, int problems) => (
            $"{files} {(files == 1 ? "bestand" : "bestanden")} met fouten ({problems} {(problems == 1 ? "fout" : "fouten")}); "
            + $"de server biedt {(files == 1 ? "dat deck" : "die decks")} niet aan.",
            $"{files} {(files == 1 ? "file" : "files")} with problems ({problems} {(problems == 1 ? "problem" : "problems")}); "
            + $"the server does not offer {(files == 1 ? "that deck" : "those decks")}.");
    }
}
