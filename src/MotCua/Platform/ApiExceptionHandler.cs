using Microsoft.AspNetCore.Diagnostics;

namespace MotCua.Platform;

/// <summary>
/// An unexpected failure under <c>/api</c> answers ProblemDetails (its caller reads JSON), without
/// the exception's text; anywhere else the error page answers.
/// </summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps the original path.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!new PathString(path).StartsWithSegments("/api"))
            return false;
        await TypedResults.Problem(
            title: "Có lỗi xảy ra",
            detail: "Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau ít phút.",
            statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(http);
        return true;
    }
}
