using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>
/// One proposal to change a regulation (R34): its text and the items it aggregates; while a draft, the text edited and items
/// added or removed, then sent; once sent, its letter as first printed (R52). Each action is posted with the row version the
/// page was drawn from and applied through <see cref="ProposalDesk"/>. The Center's staff and director only; another Center: 404.
/// </summary>
[Authorize(Policy = Policies.Monitor)]
public sealed class ProposalModel(MotCuaDbContext db, ProposalDesk desk, CurrentOfficer officer) : PageModel
{
    [FromRoute(Name = "code")] public string Code { get; set; } = "";
    /// <summary>The row version the form was drawn from.</summary>
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? ProcedureCode { get; set; }
    [BindProperty] public string? AddressedTo { get; set; }
    [BindProperty] public string? Text { get; set; }

    public RegulationProposal Proposal { get; private set; } = null!;
    public int RowVersion => desk.RowVersion(Proposal);
    public IReadOnlyList<FeedbackItem> Items { get; private set; } = [];
    public IReadOnlyList<FeedbackItem> Waiting { get; private set; } = [];
    public string? ProcedureName { get; private set; }
    public string? CenterName { get; private set; }
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public bool May(ProposalCommand command) => Proposal.WhyNot(command, officer.Actor) is null;

    /// <summary>Why the draft cannot be sent yet, worth showing: what it lacks, not that it was sent already.</summary>
    public BrokenRule? HeldBack =>
        Proposal.WhyNot(ProposalCommand.Send, officer.Actor) is { } rule && rule.Name != nameof(ProposalRules.AlreadySent) ? rule : null;

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
        if (await desk.FindAsync(Code, officer.Actor, cancellationToken) is not { } proposal)
            return false;
        Proposal = proposal;
        var codes = proposal.ItemCodes.ToList();
        var items = await desk.Items(officer.Actor).AsNoTracking().Where(f => codes.Contains(f.Code)).ToListAsync(cancellationToken);
        Items = codes.Select(c => items.FirstOrDefault(f => f.Code == c)).OfType<FeedbackItem>().ToList();
        Waiting = May(ProposalCommand.AddItems)
            ? await desk.Waiting(officer.Actor).AsNoTracking().OrderBy(f => f.ReceivedAt).ToListAsync(cancellationToken)
            : [];
        ProcedureName = proposal.ProcedureCode is { } procedure
            ? await db.Procedures.AsNoTracking().Where(p => p.Code == procedure).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        CenterName = await db.Units.AsNoTracking().Where(u => u.Id == proposal.CenterId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);
        // A refused edit shows what was typed; any other page shows the draft as saved.
        if (!string.Equals(Request.Query["handler"], "Edit", StringComparison.OrdinalIgnoreCase))
            (Title, ProcedureCode, AddressedTo, Text) = (proposal.Title, proposal.ProcedureCode, proposal.AddressedTo, proposal.Text);
        return true;
    }

    public void OnGet()
    {
    }

    /// <summary>The letter as it was first printed, once sent (R52).</summary>
    public async Task<IActionResult> OnGetPdfAsync([FromServices] ProposalDocuments documents, CancellationToken cancellationToken) =>
        Proposal.State != ProposalState.Sent
            ? NotFound()
            : File(await documents.GetAsync(Proposal, cancellationToken), "application/pdf", $"kien-nghi-{Proposal.Code}.pdf");

    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        var (parsed, errors) = await new ProposalInput(Title, ProcedureCode, AddressedTo, Text).ParseAsync(db, cancellationToken);
        if (parsed is null)
        {
            errors.AddTo(ModelState);
            Problem = "Chưa lưu được: xem các ô được đánh dấu.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await ActAsync([], (p, _, _) => p.Edit(parsed.Title, parsed.ProcedureCode, parsed.AddressedTo, parsed.Text, officer.Actor), "Đã lưu dự thảo kiến nghị.");
    }

    public Task<IActionResult> OnPostAddAsync([FromForm(Name = "items")] List<string?>? items)
    {
        var codes = ProposalDesk.Codes(items);
        if (codes.Count == 0)
            return Task.FromResult(Refuse("Chọn phản ánh, kiến nghị để thêm vào kiến nghị."));
        return ActAsync(codes, (p, found, _) => p.Add(found, officer.Actor), $"Đã thêm {codes.Count} phản ánh, kiến nghị vào kiến nghị.");
    }

    public Task<IActionResult> OnPostRemoveAsync(string? item)
    {
        var codes = ProposalDesk.Codes([item]);
        if (codes.Count == 0)
            return Task.FromResult(Refuse("Chọn phản ánh, kiến nghị để bỏ khỏi kiến nghị."));
        return ActAsync(codes, (p, found, _) => p.Remove(found.Single(), officer.Actor), $"Đã bỏ {codes[0]} khỏi kiến nghị.");
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken) =>
        Acted(await desk.SendAsync(Proposal, Seen, officer.Actor, cancellationToken), "Đã gửi kiến nghị; các phản ánh, kiến nghị được ghi nhận đã tổng hợp.")
            ?? (await ShowAsync(cancellationToken) ? Page() : NotFound());

    async Task<IActionResult> ActAsync(IReadOnlyList<string> items, Func<RegulationProposal, IReadOnlyList<FeedbackItem>, DateTimeOffset, Outcome> act, string done)
    {
        var acted = await desk.ActAsync(Proposal, Seen, items, act, officer.Actor, HttpContext.RequestAborted);
        return Acted(acted, done) ?? (await ShowAsync(HttpContext.RequestAborted) ? Page() : NotFound());
    }

    /// <summary>Done: back to the page. Refused: the message, and the proposal as it stands in the database (the caller draws it).</summary>
    IActionResult? Acted(ProposalActed acted, string done)
    {
        if (acted is ProposalActed.Done)
        {
            Done = done;
            return Redirect($"/phan-anh-kien-nghi/kien-nghi/{Proposal.Code}");
        }
        Problem = acted.Message;
        Response.StatusCode = acted is ProposalActed.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        db.ChangeTracker.Clear();
        return null;
    }

    IActionResult Refuse(string message)
    {
        Problem = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
