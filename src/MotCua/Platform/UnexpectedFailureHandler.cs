using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace MotCua.Platform;

/// <summary>
/// Under <c>/api</c>, a body or parameter that does not bind (a value of the wrong type, JSON that does
/// not parse) is the caller's mistake: 400 ProblemDetails. Every other failure is unexpected: logged
/// once, here, with its trace id, and the id is given to the person who met it: in the ProblemDetails
/// (<c>traceId</c>) under <c>/api</c>, on the error page elsewhere, so the administrator finds the log
/// entry (and the trace) the user quotes. The answer never carries the exception's text.
/// </summary>
public sealed class UnexpectedFailureHandler(IProblemDetailsService problems, ILogger<UnexpectedFailureHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps the original path.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        var api = new PathString(path).StartsWithSegments("/api");
        if (api && exception is BadHttpRequestException or JsonException)
            return await WriteAsync(http, exception, exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest,
                "Yêu cầu không hợp lệ", "Không đọc được nội dung hoặc tham số của yêu cầu; kiểm tra lại cú pháp JSON và kiểu của từng trường.");
        var traceId = TraceId(http);
        log.LogError(exception, "Lỗi không lường trước: {Method} {Path}, mã truy vết {TraceId}", http.Request.Method, path, traceId);
        if (!api)
            return false;
        return await WriteAsync(http, exception, StatusCodes.Status500InternalServerError, "Có lỗi xảy ra",
            $"Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, xin báo mã lỗi {traceId}.");
    }

    async ValueTask<bool> WriteAsync(HttpContext http, Exception exception, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The request's W3C trace id (the one OpenTelemetry exports), or the server's request id where no trace runs.</summary>
    public static string TraceId(HttpContext http) =>
        Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : http.TraceIdentifier;
}
