using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace MotCua.Platform;

/// <summary>
/// The anti-forgery check answers a bare 400 both when the page's token has gone stale and when the form
/// reader refuses the body (a NUL character in a field is not decodable): either way the person gets, in
/// Vietnamese, what went wrong and the way back to the form they filled in. Nothing was stored.
/// </summary>
public sealed class RefusedFormFilter : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var (title, message) = await FormIsReadableAsync(context.HttpContext.Request)
                ? ("Trang đã hết hạn", "Trang bạn gửi đã mở quá lâu hoặc phiên đăng nhập đã đổi, nên hệ thống không nhận để tránh giả mạo. "
                    + "Xin quay lại, tải lại trang rồi gửi lại.")
                : ("Nội dung không đọc được", "Nội dung gửi lên có ký tự không hợp lệ (như ký tự rỗng NUL, thường do dán từ tệp khác). "
                    + "Xin quay lại, xóa ký tự đó khỏi ô đã nhập rồi gửi lại.");
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/html; charset=utf-8",
                Content = PlainPage.Html(title, message),
            };
        }
        await next();
    }

    static async Task<bool> FormIsReadableAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
            return true;
        try
        {
            await request.ReadFormAsync();
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
