using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;

namespace Spel.Server.Sessions;

/// <summary>
/// The address tablets type or scan. A facilitator usually opens the game on http://localhost, which no
/// tablet can reach, so unless a public address is configured we swap localhost for this machine's network address.
/// </summary>
public sealed class JoinLinks(IOptions<SpelOptions> options)
{
    public string For(string code, HttpRequest request) => $"{BaseUrl(request).TrimEnd('/')}/doe-mee/{code}";

    /// <summary>A second console's link: its secret in the #fragment, which no browser sends to a server or its logs.</summary>
    public string ConsoleFor(string code, string secret, HttpRequest request) =>
        $"{BaseUrl(request).TrimEnd('/')}{ConsoleLinks.PathAndFragment(code, secret)}";

    private string BaseUrl(HttpRequest request)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicUrl))
        {
            return options.Value.PublicUrl;
        }

        var host = request.Host.Host;
        if (IsLoopback(host) && NetworkAddress() is { } address)
        {
            host = address.ToString();
        }

        return request.Host.Port is { } port ? $"{request.Scheme}://{host}:{port}" : $"{request.Scheme}://{host}";
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The first IPv4 address of an interface that is up and not loopback.</summary>
    public static IPAddress? NetworkAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));
}
