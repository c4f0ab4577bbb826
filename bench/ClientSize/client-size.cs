// What a tablet downloads for the join page from a published server, brotli-compressed as the server sends it.
// Run after a publish:
//   dotnet publish src/Spel.Server -c Release -o artifacts/publish
//   dotnet run bench/ClientSize/client-size.cs -- artifacts/publish [--max-bytes 2411724]
// Prints one line per file and the total; with --max-bytes, exits 1 when the total is larger.
using System.Text;
using System.Text.Json;

if (args.Length is not (1 or 3) || (args.Length == 3 && args[1] != "--max-bytes"))
{
    Console.Error.WriteLine("usage: client-size.cs <publish folder> [--max-bytes N]");
    return 2;
}

var webRoot = Path.Combine(args[0], "wwwroot");
var framework = Path.Combine(webRoot, "_framework");

// The page itself links these (src/Spel.Server/Components/App.razor) and blazor.web.js starts the app.
var files = new List<string>
{
    Path.Combine(webRoot, "css", "app.css"),
    Path.Combine(webRoot, "css", "stage.css"),
    Path.Combine(webRoot, "css", "print.css"),
    Path.Combine(webRoot, "Spel.Server.styles.css"),
    Path.Combine(webRoot, "favicon.svg"),
    Path.Combine(framework, "blazor.web.js"),

    // The modules every screen imports at start: the language and the seat's token (storage.js), and the line to the
    // hub, SignalR's JavaScript client (hub.js, which loads signalr.min.js).
    Path.Combine(webRoot, "js", "storage.js"),
    Path.Combine(webRoot, "js", "hub.js"),
    Path.Combine(webRoot, "js", "signalr.min.js"),
};

// The component styles that Spel.Server.styles.css imports (one bundle per client library; the facilitator's pages
// link their own, Spel.Client's Routes.razor).
files.AddRange(File.ReadLines(Path.Combine(webRoot, "Spel.Server.styles.css"))
    .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^@import '([^']+)';"))
    .Where(import => import.Success)
    .Select(import => Path.Combine(webRoot, import.Groups[1].Value)));

// The boot manifest is inlined in dotnet.js: every file it names for the start, without lazy assemblies, symbols
// (not loaded at debug level 0) and satellite assemblies (Dutch, the default, has none).
var dotnetJs = Directory.GetFiles(framework, "dotnet*.js").Single(f => File.ReadAllText(f).Contains("\"mainAssemblyName\""));
files.Add(dotnetJs);
var script = File.ReadAllText(dotnetJs);
var start = script.LastIndexOf('{', script.IndexOf("\"mainAssemblyName\"", StringComparison.Ordinal));
var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(script[start..]));
using var boot = JsonDocument.ParseValue(ref reader);
string[] loadedAtStart = ["jsModuleNative", "jsModuleRuntime", "wasmNative", "icu", "coreAssembly", "assembly"];
foreach (var group in boot.RootElement.GetProperty("resources").EnumerateObject().Where(g => loadedAtStart.Contains(g.Name)))
{
    files.AddRange(group.Value.EnumerateArray().Select(resource => Path.Combine(framework, resource.GetProperty("name").GetString()!)));
}

long total = 0;
foreach (var file in files)
{
    var sent = File.Exists(file + ".br") ? file + ".br" : file;
    var bytes = new FileInfo(sent).Length;
    total += bytes;
    Console.WriteLine($"{bytes,10:N0}  {Path.GetRelativePath(webRoot, sent)}");
}

Console.WriteLine($"{total,10:N0}  bytes brotli in {files.Count} files: what a tablet downloads for the join page");
if (args.Length == 3 && total > long.Parse(args[2]))
{
    Console.Error.WriteLine($"The client is {total:N0} bytes, more than {long.Parse(args[2]):N0}.");
    return 1;
}

return 0;
