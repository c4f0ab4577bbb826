using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Spel.Server.Hosting;

namespace Spel.Server.Access;

/// <summary>
/// Believes X-Forwarded-For and X-Forwarded-Proto only from the proxies named in <c>Spel:KnownProxies</c>. ASP.NET
/// Core trusts loopback by default; that default is cleared, because on a hosted server every request through a
/// proxy on the same machine would then carry whatever address the visitor wrote in the header.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddKnownProxies(this IServiceCollection services) =>
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, ConfigureKnownProxies>();

    private sealed class ConfigureKnownProxies(IOptions<SpelOptions> spel) : IConfigureOptions<ForwardedHeadersOptions>
    {
        public void Configure(ForwardedHeadersOptions options)
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in spel.Value.KnownProxies.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()))
            {
                if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else
                {
                    throw new OptionsValidationException(SpelOptions.Section, typeof(SpelOptions),
                        [$"Spel:KnownProxies holds '{entry}', which is neither an IP address nor a network such as 10.0.0.0/8."]);
                }
            }
        }
    }
}
