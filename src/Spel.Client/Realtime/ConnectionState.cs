namespace Spel.Client.Realtime;

/// <summary>The health of the line to the game hub, as the screens show it.</summary>
public enum ConnectionState
{
    /// <summary>No page has needed the hub yet.</summary>
    Idle,
    Connecting,
    Connected,

    /// <summary>The line dropped (or never came up) and the connection keeps trying.</summary>
    Reconnecting,
}
