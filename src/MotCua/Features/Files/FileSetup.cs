using MotCua.Features.Forms;

namespace MotCua.Features.Files;

public static class FileSetup
{
    /// <summary>The file store from <c>Files:Root</c> (data/files by default), uploads' limits, and the issued forms kept in it.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Files").Get<FileStoreOptions>() ?? new FileStoreOptions();
        services.AddSingleton(options);
        services.AddSingleton<IFileStore, LocalFileStore>();
        services.AddScoped<IssuedForms>();
        return services;
    }
}
