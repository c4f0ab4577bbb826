using Orleans.Storage;

namespace Spel.Server.Storage;

public static class GrainStateFormatServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="GrainStateFormat"/> the silo's <see cref="IGrainStorageSerializer"/>, so every grain storage
    /// that names no serializer of its own (the SQLite file, Orleans' Redis storage) saves in it.
    /// </summary>
    public static IServiceCollection AddGrainStateFormat(this IServiceCollection services) =>
        services.AddSingleton<IGrainStorageSerializer>(sp =>
            new GrainStateFormat(ActivatorUtilities.CreateInstance<JsonGrainStorageSerializer>(sp)));
}
