using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Spel.Scenarios.Decks;

namespace Spel.Server.Hosting;

public static class ContractSerialization
{
    /// <summary>The assembly of the contracts: the deck, the views, the pushes and the screens' requests.</summary>
    public static readonly System.Reflection.Assembly Contracts = typeof(Deck).Assembly;

    /// <summary>
    /// The deck and the views are plain records shared with the browser (no Orleans attributes there),
    /// so Orleans carries every type of that assembly as JSON. Silos and clients must agree on this.
    /// They are immutable, so a call within one server passes them as they are (<see cref="ContractCopier"/>)
    /// instead of copying each through JSON.
    /// </summary>
    public static IServiceCollection AddContractSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer =>
        {
            serializer.AddJsonSerializer(isSerializable: IsContract, isCopyable: null);
            serializer.Services.AddSingleton<IGeneralizedCopier, ContractCopier>();
        });

    private static bool IsContract(Type type) => type.Assembly == Contracts;

    /// <summary>
    /// Orleans copies the arguments and results of a call between grains of one server, so that neither side can change
    /// what the other holds. The contracts are records without setters or mutable collections (a test checks every
    /// one), so there is nothing to protect: the copy is the value itself. Without this, Orleans' JSON codec copied
    /// each by writing and reading it as JSON, on every answer and every reply.
    /// </summary>
    internal sealed class ContractCopier : IGeneralizedCopier
    {
        public object? DeepCopy(object? input, CopyContext context) => input;

        public bool IsSupportedType(Type type) => IsContract(type);
    }
}
