using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>What this web server does with a session's change: show it on the screens connected to it.</summary>
public interface ISessionScreens
{
    Task ShowAsync(SessionBroadcast broadcast);
}
