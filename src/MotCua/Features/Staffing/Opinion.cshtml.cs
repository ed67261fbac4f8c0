using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// An agency's request for the Center's opinion about its officer (R62), and the Center's answer: agree or not and why, with who and
/// when, read by the agency. Outside the officer's scope: 404.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class OpinionModel(MotCuaDbContext db, ReplacementDesk desk, CurrentOfficer officer) : PageModel
{
    [FromRoute(Name = "id")] public int Id { get; set; }
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public string? Agrees { get; set; }
    [BindProperty] public string? Opinion { get; set; }

    public OpinionRequest Asked { get; private set; } = null!;
    public int RowVersion => desk.Staffing.RowVersion(Asked);
    public string AgencyName { get; private set; } = "";
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public bool MayGive => Asked.WhyNotGive(officer.Actor) is null;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!await ShowAsync(context.HttpContext.RequestAborted))
        {
            context.Result = NotFound();
            return;
        }
        await next();
    }

    async Task<bool> ShowAsync(CancellationToken cancellationToken)
    {
        if (await desk.FindOpinionAsync(Id, officer.Actor, cancellationToken) is not { } request)
            return false;
        Asked = request;
        AgencyName = await db.Units.AsNoTracking().Where(u => u.Id == request.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? request.AgencyId;
        return true;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        bool? agrees = Agrees switch { "true" => true, "false" => false, _ => null };
        if (agrees is null)
            errors.Add(new(nameof(Agrees), "Chọn Trung tâm đồng ý hay không đồng ý."));
        var opinion = ReplacementInput.Text(Opinion, nameof(Opinion), "Ý kiến của Trung tâm", errors);
        if (errors.Count > 0)
        {
            errors.AddTo(ModelState);
            Problem = "Chưa lưu được: xem các ô được đánh dấu.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var acted = await desk.GiveOpinionAsync(Asked, Seen, agrees!.Value, opinion, officer.Actor, cancellationToken);
        if (acted is StaffingActed.Done)
        {
            Done = $"Đã gửi ý kiến của Trung tâm đến {AgencyName}.";
            return Redirect($"/can-bo/y-kien/{Id}");
        }
        Problem = acted.Message;
        Response.StatusCode = acted.Status;
        db.ChangeTracker.Clear();
        return await ShowAsync(cancellationToken) ? Page() : NotFound();
    }
}
