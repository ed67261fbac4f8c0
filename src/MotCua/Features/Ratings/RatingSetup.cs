using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Ratings;

public static class RatingSetup
{
    public static IServiceCollection AddRatings(this IServiceCollection services)
    {
        services.AddValidatedOptions<RatingOptions>(RatingOptions.Section);
        services.AddSingleton<RatingLinks>();
        services.AddScoped<RatingDesk>();
        return services;
    }
}
