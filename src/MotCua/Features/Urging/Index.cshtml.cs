using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Urging;

/// <summary>
/// The Center urges agencies about many dossiers at once (R35): the open dossiers the agencies hold that
/// are overdue or due soon, soonest due first; the checked ones are urged one by one through the
/// pipeline, and the page reports which were urged and why the others were not.
/// </summary>
[Authorize(Policy = Policies.Monitor)]
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time, DossierPipeline pipeline)
    : PageModel
{
    /// <summary>Rows shown, and dossiers urged in one post, at most.</summary>
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty]
    public List<string> Codes { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? ReplyBy { get; set; }

    public IReadOnlyList<(string Id, string Name)> Agencies { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<Report> Reports { get; private set; } = [];
    public string? Problem { get; private set; }
    public DateOnly Today { get; private set; }

    public sealed record Row(DossierCode Code, string Procedure, string Applicant, string Agency, DossierState State, DateTimeOffset? Due,
        DueStatus DueStatus, DateOnly? AwaitingReplyBy);

    /// <summary>What became of one checked dossier.</summary>
    public sealed record Report(string Code, bool Urged, string Message);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = await ShowAsync(cancellationToken);
        ReplyBy = Urges.DefaultReplyBy(time.GetUtcNow(), calendar);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var codes = Codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
        Problem = codes.Count == 0 ? "Chọn ít nhất một hồ sơ để đôn đốc."
            : codes.Count > Shown ? $"Mỗi lần đôn đốc không quá {Shown} hồ sơ."
            : Urges.ReasonProblem(Reason, "Nội dung đôn đốc") ?? Urges.ReplyByProblem(ReplyBy, calendar.LocalDate(time.GetUtcNow()));
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ShowAsync(cancellationToken);
            return Page();
        }
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var reports = new List<Report>();
        foreach (var text in codes)
            reports.Add(await UrgeAsync(text, Reason!.Trim(), ReplyBy!.Value, units, cancellationToken));
        Reports = reports;
        Codes = [];
        await ShowAsync(cancellationToken);
        return Page();
    }

    /// <summary>One dossier, loaded in the officer's scope and urged through the pipeline as from its own page.</summary>
    async Task<Report> UrgeAsync(string text, string reason, DateOnly replyBy, Dictionary<string, string> units, CancellationToken cancellationToken)
    {
        if (!DossierCode.TryParse(text, out var code))
            return new Report(text, false, "Mã hồ sơ không hợp lệ.");
        if (await pipeline.LoadAsync(code, DossierScope.Unit, cancellationToken) is not { } dossier)
            return new Report(text, false, new Acted.NotFound(code).Message!);
        var agency = units.GetValueOrDefault(dossier.AgencyId, dossier.AgencyId);
        var acted = await pipeline.RunAsync(dossier, seen: null, a => a.Dossier.Urge(reason, replyBy, a.By, a.At, a.Locality, agency), cancellationToken);
        return acted is Acted.Done ? new Report(code.ToString(), true, $"Đã gửi văn bản đôn đốc đến {agency}.") : new Report(code.ToString(), false, acted.Message!);
    }

    /// <summary>The agencies and the dossiers to urge, overdue or due soon, soonest due first.</summary>
    async Task<WorkingCalendar> ShowAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        Today = calendar.LocalDate(now);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        Agencies = (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name).Select(u => new { u.Id, u.Name })
            .ToListAsync(cancellationToken)).Select(u => (u.Id, u.Name)).ToList();

        var soonUntil = DueBadge.DueSoonUntil(now, calendar);
        // What the agencies hold, soonest due first, never the whole archive: the urged states are some of the agencies' inbox
        // states, written as constants so that PostgreSQL reads IX_Dossiers_AtAgencies in due order (ADR 17).
        var query = db.Dossiers.VisibleTo(officer).Where(d => EF.Constant(Dossier.UrgedStates).Contains(d.State) && d.Due < soonUntil);
        if (!string.IsNullOrEmpty(Agency))
            query = query.Where(d => d.AgencyId == Agency);
        var rows = await query.OrderBy(d => d.Due).ThenBy(d => d.Code).Take(Shown)
            .Select(d => new { d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name, d.AgencyId, d.State, d.Due })
            .ToListAsync(cancellationToken);
        Total = rows.Count < Shown ? rows.Count : await query.CountAsync(cancellationToken);
        var awaiting = await query.OpenUrges().ToDictionaryAsync(u => u.Code, u => u.ReplyBy, cancellationToken);
        Rows = rows.Select(r => new Row(r.Code, r.Procedure, r.Applicant, units.GetValueOrDefault(r.AgencyId, r.AgencyId), r.State, r.Due,
            DueBadge.Status(r.Due, now, calendar), awaiting.TryGetValue(r.Code, out var replyBy) ? replyBy : null)).ToList();
        return calendar;
    }
}
