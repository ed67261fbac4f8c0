using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace MotCua.Platform;

/// <summary>
/// A failure under <c>/api</c> answers ProblemDetails (its caller reads JSON), without the exception's text:
/// a body that is not the JSON the endpoint reads (a value of the wrong type, a parameter that does not bind) is
/// the caller's mistake, 400; anything else 500. Anywhere else the error page answers.
/// </summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps the original path.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!new PathString(path).StartsWithSegments("/api"))
            return false;
        var problem = exception switch
        {
            BadHttpRequestException bad => TypedResults.Problem(title: "Yêu cầu không hợp lệ",
                detail: "Không đọc được nội dung hoặc tham số của yêu cầu; kiểm tra lại cú pháp JSON và kiểu của từng trường.", statusCode: bad.StatusCode),
            JsonException => TypedResults.Problem(title: "Nội dung không phải JSON hợp lệ",
                detail: "Không đọc được nội dung yêu cầu; kiểm tra lại cú pháp JSON và kiểu của từng trường.", statusCode: StatusCodes.Status400BadRequest),
            _ => TypedResults.Problem(title: "Có lỗi xảy ra", detail: "Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại sau ít phút.",
                statusCode: StatusCodes.Status500InternalServerError),
        };
        await problem.ExecuteAsync(http);
        return true;
    }
}
