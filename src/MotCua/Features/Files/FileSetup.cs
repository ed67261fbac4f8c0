using Microsoft.Extensions.Options;
using MotCua.Platform;

namespace MotCua.Features.Files;

public static class FileSetup
{
    /// <summary>The file store from <c>Files:Root</c> (data/files by default) and uploads' limits.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddValidatedOptions<FileStoreOptions>("Files");
        // Pages and endpoints take the options as they are, checked once.
        services.AddSingleton(s => s.GetRequiredService<IOptions<FileStoreOptions>>().Value);
        services.AddSingleton<IFileStore, LocalFileStore>();
        return services;
    }
}
