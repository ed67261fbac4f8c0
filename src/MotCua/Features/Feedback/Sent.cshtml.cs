using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Feedback;

namespace MotCua.Features.Feedback;

/// <summary>
/// The receipt of a piece of feedback: its code, when it was received and by when it is answered. Shown in full only
/// to the browser that sent it; anyone else opening the address learns nothing.
/// </summary>
public sealed class SentModel(MotCuaDbContext db) : PageModel
{
    public FeedbackItem? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (TempData.Peek(SendModel.SentKey) as string != code)
            return Redirect("/phan-anh/tra-cuu");
        Item = await db.FeedbackItems.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        return Item is null ? Redirect("/phan-anh/tra-cuu") : Page();
    }
}
