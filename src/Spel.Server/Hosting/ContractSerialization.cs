using Orleans.Serialization;
using Spel.Scenarios.Decks;

namespace Spel.Server.Hosting;

public static class ContractSerialization
{
    /// <summary>
    /// The deck and the views are plain records shared with the browser (no Orleans attributes there),
    /// so Orleans carries every type of that assembly as JSON. Silos and clients must agree on this.
    /// </summary>
    public static IServiceCollection AddContractSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(type => type.Assembly == typeof(Deck).Assembly));
}
