using Microsoft.AspNetCore.Localization;
using Spel.Client;
using Spel.Server.Access;
using Spel.Scenarios.Play;
using Spel.Server.Debrief;
using Spel.Server.Decks;
using Spel.Server.Hosting;
using Spel.Server.OtherVillages;
using Spel.Server.Realtime;
using Spel.Server.Sessions;
using Spel.Server.Studio;

// `decks validate <file-or-folder>` checks deck files for trainers and CI without starting the server.
if (args is ["decks", ..])
{
    return DeckValidationCommand.Run(args[1..], Console.Out);
}

var builder = WebApplication.CreateBuilder(args);

// Client assets come from the build output also when the server is started outside `dotnet run`.
builder.WebHost.UseStaticWebAssets();

var section = builder.Configuration.GetSection(SpelOptions.Section);
builder.Services.Configure<SpelOptions>(section);
var options = section.Get<SpelOptions>() ?? new SpelOptions();

builder.UseOrleans(silo => OrleansSetup.Configure(silo, options, builder.Environment.ContentRootPath));

builder.Services.AddSignalR(hub =>
{
    hub.MaximumReceiveMessageSize = GameHubContract.MaximumReceiveMessageSize;
    // The server pings often so a tablet notices a dead line soon; it waits SignalR's default 30 s for a client's
    // own pings, because clients other than ours (and older tabs) ping only every 15 s.
    hub.KeepAliveInterval = GameHubContract.KeepAlive;
});
builder.Services.AddSingleton<ConsoleConnections>();
builder.Services.AddSingleton<ISessionScreens, SessionHubBridge>();
builder.Services.AddSingleton<FileDecks>();
builder.Services.AddSingleton<DeckCatalog>();
builder.Services.AddSingleton<TrainerKey>();
builder.Services.AddSingleton<JoinLinks>();
builder.Services.AddWebClock();
builder.Services.AddSingleton<SessionDirectory>();
builder.Services.AddSingleton<SessionDoor>();
builder.Services.AddSingleton<SessionCreation>();

// Registered after the silo, so it starts once the tallies it merges into can be reached.
builder.Services.AddHostedService<StartingTallies>();
builder.Services.AddSingleton<InvocationBudget>();
builder.Services.AddKnownProxies();
builder.Services.AddProblemDetails();
builder.Services.AddSpelHealthChecks();
builder.AddSpelTelemetry(options);

// AddSpelClient registers the game's words (AddGameStrings) for prerendering and the server's own texts alike.
builder.Services.AddRazorComponents().AddInteractiveWebAssemblyComponents();
builder.Services.AddSpelClient();

var app = builder.Build();

// First of all: behind a known proxy, the address a limit counts is the visitor's, not the proxy's.
app.UseForwardedHeaders();

// The deck files are read and checked at start, so a broken deck shows up in the log right away.
app.Services.GetRequiredService<FileDecks>();

// So is the trainer key: a key too short stops the server here, and a key made at first start is printed here.
app.Services.GetRequiredService<TrainerKey>();

// So are the facilitator codes: a code too short to be a secret stops the server here, not at the first workshop.
app.Services.GetRequiredService<SessionCreation>();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler();
}

string[] cultures = ["nl", "en"];
app.UseRequestLocalization(localization =>
{
    localization.SetDefaultCulture(cultures[0]).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);

    // Dutch unless someone picks English with the language toggle (a cookie): a tablet's browser
    // language says little about the language of the workshop it is used in.
    localization.RequestCultureProviders = localization.RequestCultureProviders
        .Where(provider => provider is not AcceptLanguageHeaderRequestCultureProvider)
        .ToList();
});

app.UseStaticFiles();
app.UseAntiforgery();
app.MapStaticAssets();

app.MapSessionEndpoints();
app.MapDebriefEndpoints();
app.MapTallyEndpoints();
app.MapStudioEndpoints();
app.MapHub<GameHub>(GameHubContract.Path);
app.MapSpelHealthChecks();
app.MapSpelMetrics();
app.MapSpelDashboard();
app.MapRazorComponents<Spel.Server.Components.App>()
    .AddInteractiveWebAssemblyRenderMode()
    .AddAdditionalAssemblies(typeof(Spel.Client.Routes).Assembly, typeof(Spel.Client.Pages.Host.Start).Assembly);

StartupBanner.PrintWhenStarted(app);
app.Run();
return 0;

/// <summary>The web server's entry point; public so functional tests can boot it with WebApplicationFactory.</summary>
public partial class Program;
