namespace Spel.Server.Hosting;

/// <summary>
/// The clock of the web side's limits and sweeps, registered as a keyed <see cref="TimeProvider"/>. It is kept apart
/// from the process-wide one because Orleans' membership reads that: a test that moved it a minute ahead would have
/// the silo declare itself dead.
/// </summary>
public static class WebClock
{
    public const string Key = "spel-web";

    public static IServiceCollection AddWebClock(this IServiceCollection services) =>
        services.AddKeyedSingleton(Key, TimeProvider.System);
}
