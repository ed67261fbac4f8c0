using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Features.Urging;
using MotCua.Platform;

namespace MotCua.Features.Processing;

/// <summary>
/// The inbox: the open dossiers of the officer's unit, soonest due first, each with its step and the
/// step's own due date beside the legal one (R14, R47), filterable by state, paged and sorted (<see cref="DossierListPage"/>).
/// </summary>
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? Filter { get; set; }

    public DossierState? State { get; private set; }
    public IReadOnlyDictionary<DossierState, int> Counts { get; private set; } = new Dictionary<DossierState, int>();
    public DossierListPage List { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Role OfficerRole => officer.Role;

    /// <summary>The agency's dossiers whose urge from the Center awaits its answer (R35), reply day first, and how many.</summary>
    public IReadOnlyList<OpenUrge> Urged { get; private set; } = [];
    public int UrgedCount { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>Urged dossiers listed at most; the rest are counted.</summary>
    public const int UrgedShown = 10;

    public sealed record Row(DossierCode Code, string Procedure, string Applicant, DossierState State, DateTimeOffset SubmittedAt, string? StepName, Role? StepRole,
        DateTimeOffset? StepDue, DueStatus StepStatus, DateTimeOffset? Due, DueStatus DueStatus, bool Mine);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        var open = db.Dossiers.VisibleTo(officer).InAgencyInbox();
        Counts = await open.GroupBy(d => d.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        State = Enum.TryParse<DossierState>(Filter, out var state) && DossierQueues.AgencyInboxStates.Contains(state) ? state : null;
        var shown = State is { } s ? open.Where(d => d.State == s) : open;
        List = DossierListPage.Read(Request, State is { } t ? Counts.GetValueOrDefault(t) : Counts.Values.Sum());
        var rows = await List.Apply(shown, nullsLast: db.Database.IsNpgsql())
            .Select(d => new { d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name, d.State, d.SubmittedAt, d.Step, d.Version.Workflow, d.StepDue, d.Due })
            .ToListAsync(cancellationToken);
        if (officer.Role is Role.Processor or Role.AgencyLeader)
        {
            Today = calendar.LocalDate(now);
            Urged = await open.OpenUrges().OrderBy(u => u.ReplyBy).ThenBy(u => u.Code).Take(UrgedShown).ToListAsync(cancellationToken);
            UrgedCount = Urged.Count < UrgedShown ? Urged.Count : await open.AwaitingReply().CountAsync(cancellationToken);
        }
        Rows = rows.Select(r =>
        {
            var step = r.Step is { } i ? r.Workflow[i] : null;
            return new Row(r.Code, r.Procedure, r.Applicant, r.State, r.SubmittedAt, step?.Name, step?.Role,
                r.StepDue, DueBadge.Status(r.StepDue, now, calendar), r.Due, DueBadge.Status(r.Due, now, calendar),
                Mine: step?.Role == officer.Role);
        }).ToList();
    }
}
