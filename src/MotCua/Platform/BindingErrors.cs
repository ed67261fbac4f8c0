using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MotCua.Platform;

/// <summary>
/// A posted value that does not bind (a checkbox sent as "banana", a date or a number that is not one) comes from a
/// forged or broken request, never from our forms: the page answers 400 with a Vietnamese message before its
/// handler runs. Otherwise the handler would act on the property's default, or the page would re-render and the
/// checkbox's tag helper fail to read the posted value back (a 500).
/// </summary>
public sealed class BindingErrors : IPageFilter
{
    /// <summary>Every model-binding message, so that a binding error is told apart from a validation attribute's.</summary>
    public const string Message = "Biểu mẫu gửi lên có giá trị không hợp lệ (ô đánh dấu, ngày hoặc số). Xin quay lại, tải lại trang rồi nhập và gửi lại.";

    public static void Configure(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => Message);
        messages.SetMissingBindRequiredValueAccessor(_ => Message);
        messages.SetMissingKeyOrValueAccessor(() => Message);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Message);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Message);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Message);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Message);
        messages.SetUnknownValueIsInvalidAccessor(_ => Message);
        messages.SetValueIsInvalidAccessor(_ => Message);
        messages.SetValueMustBeANumberAccessor(_ => Message);
        messages.SetValueMustNotBeNullAccessor(_ => Message);
    }

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.ModelState.Values.Any(e => e.ValidationState == ModelValidationState.Invalid && e.Errors.Any(x => x.ErrorMessage == Message)))
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/html; charset=utf-8",
                Content = PlainPage.Html("Biểu mẫu không hợp lệ", Message),
            };
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

/// <summary>A short page for people, for the answers given before any page of the app could render (a refused form, too many lookups).</summary>
public static class PlainPage
{
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(string title, string message) => $"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>{Encoder.Encode(title)} — MotCua</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="wrap"><section class="card"><h2>{Encoder.Encode(title)}</h2><p>{Encoder.Encode(message)}</p><p><a href="javascript:history.back()">Quay lại trang trước</a> · <a href="/">Về trang chủ</a></p></section></main></body></html>
        """;
}
