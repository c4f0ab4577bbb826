using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Hosting;

/// <summary>
/// Calls within one server pass the contracts as they are instead of copying them through JSON. That is only sound
/// while every contract is immutable, which these tests hold to.
/// </summary>
public sealed class ContractCopyTests
{
    private static readonly IServiceProvider Services =
        new ServiceCollection().AddContractSerialization().BuildServiceProvider();

    [Fact]
    public void A_call_within_one_server_passes_a_contract_without_copying_it()
    {
        var copier = Services.GetRequiredService<DeepCopier>();
        var deck = TestDecks.WithCards(3);
        var answer = new Answer(Eigenaarschap.GemeenteMetBijdrage, Regie.Gedeeld, "a", new Position(Eigenaarschap.Gemeenschap, Regie.VooralGemeenschap));

        Assert.Same(deck, copier.Copy(deck));
        Assert.Same(answer, copier.Copy(answer));
        Assert.Same(answer, copier.Copy<object>(answer));
    }

    [Fact]
    public void Between_servers_a_contract_still_travels_as_JSON_and_arrives_equal()
    {
        var serializer = Services.GetRequiredService<Serializer>();
        var deck = TestDecks.WithCards(3);

        var arrived = serializer.Deserialize<Deck>(serializer.SerializeToArray(deck));

        Assert.NotSame(deck, arrived);
        Assert.Equal(deck, arrived);
    }

    [Fact]
    public void Every_contract_is_immutable_so_sharing_it_is_safe()
    {
        var mutable = ContractSerialization.Contracts.GetTypes()
            .Where(type => type is { IsEnum: false, IsInterface: false } && !(type.IsAbstract && type.IsSealed))
            .Where(type => !IsCompilerGenerated(type))
            .SelectMany(MutableMembers)
            .ToList();

        Assert.Empty(mutable);
    }

    /// <summary>The compiler's own types (and the types nested in them, such as a collection expression's enumerator) are not contracts.</summary>
    private static bool IsCompilerGenerated(Type? type) =>
        type is not null && (type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.Name.Contains('<') || IsCompilerGenerated(type.DeclaringType));

    private static IEnumerable<string> MutableMembers(Type type)
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(Instance).Where(f => !f.IsInitOnly && !f.IsLiteral))
        {
            yield return $"{type.Name}.{field.Name} is a writable field";
        }

        foreach (var property in type.GetProperties(Instance))
        {
            var setter = property.SetMethod;
            var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
            if (setter is { IsPublic: true } && !initOnly)
            {
                yield return $"{type.Name}.{property.Name} has a setter";
            }

            if (IsMutableCollection(property.PropertyType))
            {
                yield return $"{type.Name}.{property.Name} is a mutable collection ({property.PropertyType.Name})";
            }
        }
    }

    private static bool IsMutableCollection(Type type) =>
        type != typeof(string)
        && typeof(IEnumerable).IsAssignableFrom(type)
        && (type.IsArray || (!type.IsInterface && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))));
}
