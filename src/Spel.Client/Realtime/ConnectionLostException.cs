namespace Spel.Client.Realtime;

/// <summary>A call to the hub could not complete because the connection dropped while it was under way.</summary>
public sealed class ConnectionLostException(Exception inner) : Exception("The connection to the game hub was lost during a call.", inner);
