using Orleans.Concurrency;
using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>
/// The cluster's one list of web servers, where each server finds the others. Kept in memory only: every server
/// registers again every few seconds, so a directory that had to move to another silo fills up again by itself.
/// </summary>
[Alias("spel.IServerDirectoryGrain")]
public interface IServerDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or renews a server; returns every server on a live silo, the caller included once its silo is active.</summary>
    [Alias("Register")]
    Task<IReadOnlyList<ServerEntry>> Register(ServerEntry server);
}

/// <summary>One web server: the silo it runs, and how the cluster reaches it.</summary>
[GenerateSerializer, Immutable, Alias("spel.server-entry")]
public sealed record ServerEntry(
    [property: Id(0)] SiloAddress Silo,
    [property: Id(1)] IServerObserver Observer);

/// <summary>One web server's ear (its <see cref="ClusterServers"/>): hears every session's changes, and each newly started server.</summary>
[Alias("spel.IServerObserver")]
public interface IServerObserver : IGrainObserver
{
    // One-way, both: a slow or vanished server must never hold up a session or the directory.
    [OneWay, Alias("SessionChanged")]
    Task SessionChanged(SessionBroadcast broadcast);

    [OneWay, Alias("ServerJoined")]
    Task ServerJoined(ServerEntry server);
}
