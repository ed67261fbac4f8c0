using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// One officer's evaluation of a period (R31): the figures of each basis with the records behind them, the officer's
/// self-assessment, the Center's grade and comments, sending to the agency and the document as first sent (R52); the agency's
/// rating recorded back (R62). Each action is posted with the row version the page was drawn from, through <see cref="EvaluationDesk"/>.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class EvaluationModel(MotCuaDbContext db, EvaluationDesk desk, CurrentOfficer officer) : PageModel
{
    [FromRoute(Name = "id")] public int Id { get; set; }
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public string? Grade { get; set; }
    [BindProperty] public string? Comments { get; set; }

    public OfficerAppraisal Appraisal { get; private set; } = null!;
    public int RowVersion => desk.RowVersion(Appraisal);
    public string AgencyName { get; private set; } = "";
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public bool May(AppraisalCommand command) => Appraisal.WhyNot(command, officer.Actor) is null;

    /// <summary>Why the Center cannot appraise yet, worth showing: the self-assessment it waits for.</summary>
    public BrokenRule? HeldBack =>
        Appraisal.WhyNot(AppraisalCommand.Appraise, officer.Actor) is { Name: nameof(AppraisalRules.SelfAssessmentFirst) } rule ? rule : null;

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
        if (await desk.FindAsync(Id, officer.Actor, cancellationToken) is not { } appraisal)
            return false;
        Appraisal = appraisal;
        AgencyName = await db.Units.AsNoTracking().Where(u => u.Id == appraisal.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? appraisal.AgencyId;
        if (!string.Equals(Request.Query["handler"], "Appraise", StringComparison.OrdinalIgnoreCase))
            (Grade, Comments) = (appraisal.Grade?.ToString(), appraisal.Comments);
        return true;
    }

    public void OnGet()
    {
    }

    /// <summary>The document as first sent (R52).</summary>
    public async Task<IActionResult> OnGetPdfAsync([FromServices] EvaluationDocuments documents, CancellationToken cancellationToken) =>
        Appraisal.State != AppraisalState.Sent
            ? NotFound()
            : File(await documents.GetAsync(Appraisal, cancellationToken), "application/pdf", $"phieu-danh-gia-{Appraisal.Id}.pdf");

    public async Task<IActionResult> OnPostRecomputeAsync(CancellationToken cancellationToken) =>
        await AnswerAsync(await desk.RecomputeAsync(Appraisal, Seen, officer.Actor, cancellationToken), "Đã tính lại số liệu theo dữ liệu hiện có.", cancellationToken);

    public async Task<IActionResult> OnPostAppraiseAsync(CancellationToken cancellationToken)
    {
        if (EvaluationInput.Grade(Grade) is not { } grade)
        {
            ModelState.AddModelError(nameof(Grade), EvaluationInput.GradeProblem("Xếp loại"));
            Problem = "Chưa lưu được: chọn mức xếp loại.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var by = officer.Actor;
        return await AnswerAsync(await desk.ActAsync(Appraisal, Seen, (a, at) => a.Appraise(grade, Comments, by, at), cancellationToken),
            $"Đã lưu nhận xét, đánh giá: {grade.Vietnamese()}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken) =>
        await AnswerAsync(await desk.SendAsync(Appraisal, Seen, officer.Actor, cancellationToken),
            "Đã gửi phiếu đánh giá đến cơ quan; phiếu được lưu nguyên trạng.", cancellationToken);

    async Task<IActionResult> AnswerAsync(StaffingActed acted, string done, CancellationToken cancellationToken)
    {
        if (acted is StaffingActed.Done)
        {
            Done = done;
            return Redirect($"/can-bo/danh-gia/{Id}");
        }
        Problem = acted.Message;
        Response.StatusCode = acted.Status;
        db.ChangeTracker.Clear();
        return await ShowAsync(cancellationToken) ? Page() : NotFound();
    }
}
