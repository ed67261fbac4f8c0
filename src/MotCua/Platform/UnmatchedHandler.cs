using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MotCua.Platform;

/// <summary>
/// A request for a handler the page does not have (a POST to a page that only shows, an unknown
/// <c>?handler=</c>) answers 404. Razor Pages would otherwise render the page without running any
/// handler, over a model that was never loaded: a 500 at best.
/// </summary>
public sealed class UnmatchedHandler : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
            context.Result = new NotFoundResult();
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
