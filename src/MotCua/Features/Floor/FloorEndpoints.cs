namespace MotCua.Features.Floor;

public static class FloorEndpoints
{
    public static IServiceCollection AddFloor(this IServiceCollection services) =>
        services.AddSingleton<CallBoard>().AddScoped<FloorDesk>();

    /// <summary>The hall's boards listen here (server-sent events); public like the board itself: it shows numbers, no one's data.</summary>
    public static IEndpointRouteBuilder MapFloor(this IEndpointRouteBuilder app)
    {
        app.MapGet("/bang-goi/su-kien", async (HttpContext context, FloorDesk desk, CallBoard board) =>
        {
            if (await desk.CenterIdAsync(context.RequestAborted) is not { } centerId)
                return Results.NotFound();
            await board.StreamAsync(centerId, context.Response, context.RequestAborted);
            return Results.Empty;
        }).ExcludeFromDescription();
        return app;
    }
}
