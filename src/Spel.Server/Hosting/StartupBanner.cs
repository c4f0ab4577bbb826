using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Spel.Server.Sessions;

namespace Spel.Server.Hosting;

/// <summary>Tells whoever started the server where to point the facilitator's browser and the tablets.</summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                var uri = new Uri(address.Replace("0.0.0.0", "localhost").Replace("[::]", "localhost").Replace("+", "localhost").Replace("*", "localhost"));
                Console.WriteLine();
                Console.WriteLine($"  Kleine Kernen Spel draait / is running.");
                Console.WriteLine($"  Begeleider / facilitator:  {uri.Scheme}://localhost:{uri.Port}/");
                if (!address.Contains("127.0.0.1") && JoinLinks.NetworkAddress() is { } lan)
                {
                    Console.WriteLine($"  Deelnemers / participants: {uri.Scheme}://{lan}:{uri.Port}/doe-mee");
                }

                Console.WriteLine();
            }
        });
    }
}
