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
            Console.WriteLine();
            Console.WriteLine("  Kleine Kernen Spel draait / is running.");
            foreach (var binding in addresses.Select(BindingAddress.Parse))
            {
                Console.WriteLine($"  Begeleider / facilitator:  {binding.Scheme}://localhost:{binding.Port}/");
                if (binding.Host != "127.0.0.1" && JoinLinks.NetworkAddress() is { } lan)
                {
                    Console.WriteLine($"  Deelnemers / participants: {binding.Scheme}://{lan}:{binding.Port}/doe-mee");
                }
            }

            Console.WriteLine();
        });
    }
}
