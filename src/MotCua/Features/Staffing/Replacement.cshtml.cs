using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Features.Register;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// One proposal to replace an officer (R32): while a draft the Center edits and sends it; once sent its letter as first printed
/// (R52), and the agency's leader answers — names the new officer (one of the agency's accounts), post and term, or explains why
/// not. Each action is posted with the row version the page was drawn from and applied through <see cref="ReplacementDesk"/>.
/// Outside the officer's scope (and a draft, for the agency): 404.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class ReplacementModel(MotCuaDbContext db, ReplacementDesk desk, CurrentOfficer officer) : PageModel
{
    [FromRoute(Name = "id")] public int Id { get; set; }
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public string? Ground { get; set; }
    [BindProperty] public string? Grounds { get; set; }
    [BindProperty] public string? NewOfficer { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Position { get; set; }
    [BindProperty] public bool Delegated { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? Until { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public ReplacementProposal Proposal { get; private set; } = null!;
    public Secondment Seconded { get; private set; } = null!;
    public int RowVersion => desk.Staffing.RowVersion(Proposal);
    public string AgencyName { get; private set; } = "";
    public string? SatisfactionHint { get; private set; }
    public IReadOnlyList<Officer> Candidates { get; private set; } = [];
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public bool May(ReplacementCommand command) => Proposal.WhyNot(command, officer.Actor) is null;

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
        if (await desk.FindProposalAsync(Id, officer.Actor, cancellationToken) is not { } proposal)
            return false;
        Proposal = proposal;
        Seconded = await db.Secondments.AsNoTracking().SingleAsync(s => s.Id == proposal.SecondmentId, cancellationToken);
        AgencyName = await db.Units.AsNoTracking().Where(u => u.Id == proposal.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? proposal.AgencyId;
        if (StaffingDesk.IsCenter(officer.Actor))
        {
            var (tallies, from, to) = await desk.SatisfactionAsync([proposal.OfficerId], officer.Actor, cancellationToken);
            SatisfactionHint = $"Từ {VietnameseFormat.Date(from)} đến {VietnameseFormat.Date(to)}: {ReplacementDesk.Hint(tallies[proposal.OfficerId])}.";
        }
        if (May(ReplacementCommand.Accept))
            Candidates = (await desk.AgencyOfficersAsync(proposal.AgencyId, cancellationToken)).Where(o => o.Id != proposal.OfficerId).ToList();
        // A refused form shows what was typed; any other page shows the proposal as saved.
        if (!string.Equals(Request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            (Ground, Grounds) = (proposal.Ground.ToString(), proposal.Grounds);
            (Role, Position, Delegated) = (Seconded.Role.ToString(), Seconded.Position.ToString(), Seconded.DelegatedApproval);
        }
        return true;
    }

    public void OnGet()
    {
    }

    /// <summary>The letter as it was first printed, once sent (R52).</summary>
    public async Task<IActionResult> OnGetPdfAsync([FromServices] ReplacementDocuments documents, CancellationToken cancellationToken) =>
        Proposal.State == ReplacementState.Draft
            ? NotFound()
            : File(await documents.GetAsync(Proposal, cancellationToken), "application/pdf", $"de-nghi-thay-the-can-bo-{Proposal.Id}.pdf");

    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var ground = ReplacementInput.Ground(Ground, nameof(Ground), errors);
        var grounds = ReplacementInput.Text(Grounds, nameof(Grounds), "Lý do cụ thể", errors);
        if (errors.Count > 0)
            return Invalid(errors);
        return await ActedAsync(await desk.EditAsync(Proposal, Seen, ground!.Value, grounds, officer.Actor, cancellationToken), "Đã lưu dự thảo đề nghị.");
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken) =>
        await ActedAsync(await desk.SendAsync(Proposal, Seen, officer.Actor, cancellationToken), $"Đã gửi đề nghị thay thế cán bộ đến {AgencyName}.");

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(NewOfficer))
            errors.Add(new(nameof(NewOfficer), "Chọn cán bộ được cử thay."));
        var role = ReplacementInput.Choice<SecondmentRole>(Role);
        if (role is null)
            errors.Add(new(nameof(Role), "Chọn vị trí: chính thức hoặc dự phòng."));
        var position = ReplacementInput.Choice<OfficerPosition>(Position);
        if (position is null)
            errors.Add(new(nameof(Position), "Chọn chức vụ của cán bộ được cử thay."));
        var from = default(DateOnly);
        if (string.IsNullOrWhiteSpace(From))
            errors.Add(new(nameof(From), "Nhập ngày cán bộ được cử thay đến làm việc."));
        else if (LocalDays.Problem(From, "Ngày đến làm việc", default, out from) is { } fromProblem)
            errors.Add(new(nameof(From), fromProblem));
        if (LocalDays.Problem(Until, "Ngày kết thúc", default, out var until) is { } untilProblem)
            errors.Add(new(nameof(Until), untilProblem));
        if (errors.Count > 0)
            return Invalid(errors);
        var answer = new ReplacementAnswer(NewOfficer!.Trim(), role!.Value, position!.Value, Delegated, from, string.IsNullOrWhiteSpace(Until) ? null : until);
        return await ActedAsync(await desk.AcceptAsync(Proposal, Seen, answer, officer.Actor, cancellationToken),
            "Đã cử cán bộ thay thế; Trung tâm ghi nhận phê duyệt cán bộ mới.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var reason = ReplacementInput.Text(Reason, nameof(Reason), "Lý do không thay thế", errors);
        if (errors.Count > 0)
            return Invalid(errors);
        return await ActedAsync(await desk.DeclineAsync(Proposal, Seen, reason, officer.Actor, cancellationToken), "Đã trả lời Trung tâm.");
    }

    IActionResult Invalid(IEnumerable<FieldError> errors)
    {
        errors.AddTo(ModelState);
        Problem = "Chưa lưu được: xem các ô được đánh dấu.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Done: back to the page. Refused: the message, and the proposal as it stands in the database.</summary>
    async Task<IActionResult> ActedAsync(StaffingActed acted, string done)
    {
        if (acted is StaffingActed.Done)
        {
            Done = done;
            return Redirect($"/can-bo/de-nghi/{Id}");
        }
        Problem = acted.Message;
        Response.StatusCode = acted.Status;
        db.ChangeTracker.Clear();
        return await ShowAsync(HttpContext.RequestAborted) ? Page() : NotFound();
    }
}
