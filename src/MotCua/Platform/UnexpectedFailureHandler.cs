using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace MotCua.Platform;

/// <summary>
/// Every unexpected failure is logged once, here, with its trace id, and the id is given to the
/// person who met it: in the ProblemDetails (<c>traceId</c>) under <c>/api</c>, on the error page
/// elsewhere, so the administrator finds the log entry (and the trace) the user quotes. The answer
/// never carries the exception's text.
/// </summary>
public sealed class UnexpectedFailureHandler(IProblemDetailsService problems, ILogger<UnexpectedFailureHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps the original path.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        var traceId = TraceId(http);
        log.LogError(exception, "Lỗi không lường trước: {Method} {Path}, mã truy vết {TraceId}", http.Request.Method, path, traceId);
        if (!new PathString(path).StartsWithSegments("/api"))
            return false;
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Có lỗi xảy ra",
                Detail = $"Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, xin báo mã lỗi {traceId}.",
            },
        });
    }

    /// <summary>The request's W3C trace id (the one OpenTelemetry exports), or the server's request id where no trace runs.</summary>
    public static string TraceId(HttpContext http) =>
        Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : http.TraceIdentifier;
}
