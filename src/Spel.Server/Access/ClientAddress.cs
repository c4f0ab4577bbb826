using System.Net;

namespace Spel.Server.Access;

/// <summary>
/// Who is asking, as far as limits go: the connection's address, after the forwarded headers of a known proxy were
/// applied (see <see cref="ForwardedHeadersSetup"/>). A request without an address (an in-process test server, a
/// Unix socket) comes from this machine.
/// </summary>
public static class ClientAddress
{
    public const string ThisMachine = "local";

    public static string Of(HttpContext? http) =>
        http?.Connection.RemoteIpAddress is { } address ? Normalize(address).ToString() : ThisMachine;

    public static bool IsThisMachine(HttpContext? http) =>
        http?.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(Normalize(address));

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
