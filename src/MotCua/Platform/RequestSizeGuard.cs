using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace MotCua.Platform;

/// <summary>
/// A request larger than its address accepts (the uploads' 200 MB, 30 MB elsewhere) is answered 413
/// before its body is read, in Vietnamese: otherwise the form reader fails inside the anti-forgery
/// check and the officer gets an empty 400.
/// </summary>
public static class RequestSizeGuard
{
    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength is not { } length || limit is not { } max || length <= max)
        {
            await next(context);
            return;
        }
        var message = $"Nội dung gửi lên ({VietnameseSize.Of(length)}) vượt giới hạn {VietnameseSize.Of(max)} của một lần gửi. "
            + "Xin gửi ít tệp hơn mỗi lần, hoặc quét với độ phân giải thấp hơn.";
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.Response.WriteAsJsonAsync(new { type = "https://tools.ietf.org/html/rfc9110#section-15.5.14", title = "Nội dung quá lớn", status = 413, detail = message },
                options: null, contentType: "application/problem+json");
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(PlainPage.Html("Nội dung quá lớn", message));
    });
}
