using System.Net;
using Spel.Server.Sessions;

namespace Spel.Server.Tests.Sessions;

public sealed class SeatPresenceTests
{
    private static readonly SiloAddress ServerA = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 40001), 1);
    private static readonly SiloAddress ServerB = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 40002), 1);

    [Fact]
    public void A_seat_stays_connected_while_any_of_its_connections_is_open()
    {
        var presence = new SeatPresence(_ => false);

        var first = presence.Connected("anna", ServerA, "tablet");
        var second = presence.Connected("anna", ServerA, "phone");
        var resumedAgain = presence.Connected("anna", ServerA, "phone");
        var oneClosed = presence.Disconnected("anna", ServerA, "phone");
        var stillThere = presence.IsConnected("anna");
        var bothClosed = presence.Disconnected("anna", ServerA, "tablet");

        Assert.Equal((true, false, false, false, true, true), (first, second, resumedAgain, oneClosed, stillThere, bothClosed));
        Assert.False(presence.IsConnected("anna"));
    }

    [Fact]
    public void The_connections_of_a_server_that_died_no_longer_count()
    {
        var dead = new HashSet<SiloAddress>();
        var presence = new SeatPresence(dead.Contains);
        presence.Connected("anna", ServerA, "c1");
        presence.Connected("henk", ServerB, "c2");

        dead.Add(ServerA);

        Assert.Equal(["henk"], presence.ConnectedSeats());
        Assert.True(presence.Connected("anna", ServerB, "c3"));
    }

    [Fact]
    public void A_closed_connection_of_a_forgotten_seat_changes_nothing()
    {
        var presence = new SeatPresence(_ => false);
        presence.Connected("anna", ServerA, "c1");

        presence.Forget("anna");

        Assert.False(presence.Disconnected("anna", ServerA, "c1"));
        Assert.Empty(presence.ConnectedSeats());
    }
}
