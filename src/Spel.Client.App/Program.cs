using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client;
using Spel.Client.Localization;
using Spel.Scenarios.Localization;
using Spel.Client.Realtime;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.Services.AddSpelClient();
var host = builder.Build();

await using (var scope = host.Services.CreateAsyncScope())
{
    await Language.ApplyStoredAsync(scope.ServiceProvider.GetRequiredService<IBrowserStorage>());
}

await host.RunAsync();
