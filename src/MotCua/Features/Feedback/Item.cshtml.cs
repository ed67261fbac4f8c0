using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>
/// One item for the officers (R34, R63): everything about it, its history and questions, its deadlines and late flags,
/// and the actions <see cref="FeedbackItem.WhyNot"/> allows the signed-in officer, each posted with the row version the
/// page was drawn from and applied through <see cref="FeedbackDesk.ActAsync"/>. Outside the officer's scope: 404.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class ItemModel(MotCuaDbContext db, FeedbackDesk desk, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    public const int MaxText = FeedbackItem.MaxTextLength;

    [FromRoute(Name = "code")] public string Code { get; set; } = "";
    /// <summary>The row version the form was drawn from.</summary>
    [BindProperty] public int? Seen { get; set; }

    public FeedbackItem Item { get; private set; } = null!;
    public int RowVersion => desk.RowVersion(Item);
    public DateTimeOffset Now { get; private set; }
    public Domain.Time.WorkingCalendar Calendar { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<KeyValuePair<string, string>> Agencies { get; private set; } = [];
    /// <summary>The feedback leader of the agency the item is about (R64); null when it has named none.</summary>
    public Officer? AgencyLeader { get; private set; }
    public string? Problem { get; private set; }
    /// <summary>The proposal that aggregates this item, for the Center's staff and director who see proposals (R34).</summary>
    public RegulationProposal? Proposal { get; private set; }
    public bool SeesProposals => ProposalDesk.Sees(officer.Actor);
    [TempData] public string? Done { get; set; }

    public bool May(FeedbackCommand command) => Item.WhyNot(command, officer.Actor) is null;

    /// <summary>Why an action is held back, worth showing: a rule of content or routing, not that it belongs to another role, unit or state.</summary>
    public BrokenRule? HeldBack(FeedbackCommand command) =>
        Item.WhyNot(command, officer.Actor) is { } rule && rule.Name is not (nameof(FeedbackRules.NotInState) or nameof(FeedbackRules.RoleNotAllowed) or nameof(FeedbackRules.NotYourUnit))
            ? rule : null;

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
        var code = Code.Trim().ToUpperInvariant();
        if (code.Length == 0 || code.Length > FeedbackItem.MaxCodeLength || await desk.FindAsync(code, officer.Actor, cancellationToken) is not { } item)
            return false;
        Item = item;
        Now = time.GetUtcNow();
        Calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        Units = units.ToDictionary(u => u.Id, u => u.Name);
        Agencies = units.Where(u => u.Kind == UnitKind.Agency).Select(u => KeyValuePair.Create(u.Id, u.Name)).ToList();
        AgencyLeader = item.AgencyId is { } agency ? await FeedbackLeaders.OfAsync(db, agency, cancellationToken) : null;
        Proposal = item.ProposalCode is { } proposal && SeesProposals
            ? await db.RegulationProposals.AsNoTracking().SingleOrDefaultAsync(p => p.Code == proposal && p.CenterId == item.CenterId, cancellationToken)
            : null;
        return true;
    }

    public void OnGet()
    {
    }

    /// <summary>The written answer as it was first printed (R34, R52).</summary>
    public async Task<IActionResult> OnGetPdfAsync([FromServices] AnswerDocuments documents, CancellationToken cancellationToken) =>
        Item.Answer is null
            ? NotFound()
            : File(await documents.GetAsync(Item, cancellationToken), "application/pdf", $"tra-loi-{Item.Code}.pdf");

    public Task<IActionResult> OnPostClassifyAsync(FeedbackTopic? topic, string? agency)
    {
        if (topic is not { } t || !Enum.IsDefined(t))
            return Task.FromResult(Refuse("Chọn nội dung phản ánh, kiến nghị."));
        agency = string.IsNullOrWhiteSpace(agency) ? null : agency.Trim();
        if (agency is not null && !Agencies.Any(a => a.Key == agency))
            return Task.FromResult(Refuse("Chọn cơ quan trong danh sách."));
        return ActAsync((i, by, at, locality) => i.Classify(t, agency, by, at, locality), "Đã phân loại phản ánh, kiến nghị.");
    }

    public Task<IActionResult> OnPostForwardAsync() =>
        ActAsync((i, by, at, _) => i.Forward(by, at), "Đã chuyển phản ánh, kiến nghị đến cơ quan giải quyết.");

    public Task<IActionResult> OnPostAskAsync(string? question) => Checked(question, "Nội dung đề nghị bổ sung", text =>
        ActAsync((i, by, at, _) => i.RequestInformation(text, by, at), "Đã gửi đề nghị bổ sung thông tin đến người gửi."));

    public Task<IActionResult> OnPostRefuseAsync(string? reason) => Checked(reason, "Lý do từ chối", text =>
        ActAsync((i, by, at, _) => i.Refuse(text, by, at), "Đã từ chối tiếp nhận và báo lý do cho người gửi."));

    public Task<IActionResult> OnPostAnswerAsync(string? answer) => Checked(answer, "Nội dung trả lời", text =>
        ActAsync((i, by, at, locality) => i.AnswerWith(text, by, at, locality), "Đã trả lời phản ánh, kiến nghị."));

    public Task<IActionResult> OnPostPublishAsync(string? publicAnswer) => Checked(publicAnswer, "Nội dung công khai", text =>
        ActAsync((i, by, at, locality) => i.Publish(text, by, at, locality), "Đã công khai kết quả trả lời."));

    /// <summary>A text typed by the officer: required, within the column, printable on the written answer.</summary>
    Task<IActionResult> Checked(string? text, string what, Func<string, Task<IActionResult>> act)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
            return Task.FromResult(Refuse($"Nhập {what.ToLowerInvariant()}."));
        if (FormText.Problem(text, what, MaxText, multiline: true) is { } problem)
            return Task.FromResult(Refuse(problem));
        return act(text);
    }

    async Task<IActionResult> ActAsync(Func<FeedbackItem, Actor, DateTimeOffset, Locality, Outcome> act, string done)
    {
        var acted = await desk.ActAsync(Item, Seen, act, officer.Actor, HttpContext.RequestAborted);
        if (acted is FeedbackActed.Done)
        {
            Done = done;
            return Redirect($"/phan-anh-kien-nghi/{Item.Code}");
        }
        Problem = acted.Message;
        Response.StatusCode = acted is FeedbackActed.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        // The item as it stands in the database, not as the refused action left it.
        db.ChangeTracker.Clear();
        return await ShowAsync(HttpContext.RequestAborted) ? Page() : NotFound();
    }

    IActionResult Refuse(string message)
    {
        Problem = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
