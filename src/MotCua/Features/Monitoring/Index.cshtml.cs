using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Monitoring;

/// <summary>
/// The Center's monitor: every dossier the Center received, filtered by agency, procedure, state,
/// due status, channel and reception period, with counts (R35, R27).
/// </summary>
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    const int Shown = 200;

    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Procedure { get; set; }
    [BindProperty(SupportsGet = true)] public DossierState? State { get; set; }
    [BindProperty(SupportsGet = true)] public DueFilter? Due { get; set; }
    [BindProperty(SupportsGet = true)] public Channel? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<Unit> Agencies { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Procedures { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyDictionary<DossierState, int> ByState { get; private set; } = new Dictionary<DossierState, int>();
    public IReadOnlyDictionary<DueFilter, int> ByDue { get; private set; } = new Dictionary<DueFilter, int>();
    public string? Problem { get; private set; }

    public sealed record Row(string Code, string Procedure, string Applicant, string Agency, DossierState State, DateTimeOffset ReceivedAt,
        DateTimeOffset? Due, Channel Channel, DueFilter DueStatus);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agencies = await db.Units.Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        Procedures = (await db.Procedures.OrderBy(p => p.Name).Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.Name)).ToList();
        if (From > To)
        {
            Problem = "Ngày bắt đầu phải trước ngày kết thúc.";
            return;
        }

        var locality = await localities.GetAsync(db, cancellationToken);
        var calendar = locality.Calendar;
        var query = db.Dossiers.VisibleTo(officer);
        if (!string.IsNullOrEmpty(Agency))
            query = query.Where(d => d.AgencyId == Agency);
        if (!string.IsNullOrEmpty(Procedure))
            query = query.Where(d => d.Procedure.Code == Procedure);
        if (State is { } state)
            query = query.Where(d => d.State == state);
        if (Channel is { } channel)
            query = query.Where(d => d.ChannelIn == channel);
        if (From is { } from)
        {
            var start = calendar.AtLocal(from, TimeOnly.MinValue);
            query = query.Where(d => d.History.Any(h => h.Sequence == 1 && h.At >= start));
        }
        if (To is { } to)
        {
            var end = calendar.AtLocal(to.AddDays(1), TimeOnly.MinValue);
            query = query.Where(d => d.History.Any(h => h.Sequence == 1 && h.At < end));
        }

        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var now = time.GetUtcNow();
        var rows = (await query
                .Select(d => new
                {
                    d.Code,
                    Procedure = d.Procedure.Name,
                    Applicant = d.Applicant.Name,
                    d.AgencyId,
                    d.State,
                    ReceivedAt = d.History.Where(h => h.Sequence == 1).Select(h => h.At).First(),
                    d.Due,
                    d.ChannelIn,
                    d.Timeliness,
                })
                .ToListAsync(cancellationToken))
            .Select(d => new Row(d.Code, d.Procedure, d.Applicant, units.GetValueOrDefault(d.AgencyId, d.AgencyId), d.State, d.ReceivedAt, d.Due, d.ChannelIn,
                Classify(d.State, d.Timeliness, d.Due, now, calendar)))
            .ToList();

        ByState = rows.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count());
        ByDue = rows.GroupBy(r => r.DueStatus).ToDictionary(g => g.Key, g => g.Count());
        if (Due is { } due)
            rows = rows.Where(r => r.DueStatus == due).ToList();
        Total = rows.Count;
        Rows = rows.OrderBy(r => r.Due ?? DateTimeOffset.MaxValue).ThenBy(r => r.Code).Take(Shown).ToList();
    }

    static DueFilter Classify(DossierState state, Timeliness? finished, DateTimeOffset? due, DateTimeOffset now, Domain.Time.WorkingCalendar calendar) =>
        finished switch
        {
            Timeliness.Early => DueFilter.FinishedEarly,
            Timeliness.OnTime => DueFilter.FinishedOnTime,
            Timeliness.Late => DueFilter.FinishedLate,
            _ when state.IsFinal() => DueFilter.NotCounted,
            _ => DueBadge.Status(due, now, calendar) switch
            {
                DueStatus.Overdue => DueFilter.Overdue,
                DueStatus.DueSoon => DueFilter.DueSoon,
                DueStatus.OnTrack => DueFilter.OnTrack,
                _ => DueFilter.Paused,
            },
        };
}

/// <summary>Where a dossier stands against its due date, as the monitor filters it.</summary>
public enum DueFilter
{
    OnTrack,
    DueSoon,
    Overdue,
    Paused,
    FinishedEarly,
    FinishedOnTime,
    FinishedLate,
    NotCounted,
}

public static class DueFilters
{
    public static string Vietnamese(this DueFilter filter) => filter switch
    {
        DueFilter.OnTrack => "Đang giải quyết, trong hạn",
        DueFilter.DueSoon => "Sắp đến hạn",
        DueFilter.Overdue => "Đang giải quyết, quá hạn",
        DueFilter.Paused => "Chờ bổ sung / chưa tiếp nhận",
        DueFilter.FinishedEarly => "Đã giải quyết trước hạn",
        DueFilter.FinishedOnTime => "Đã giải quyết đúng hạn",
        DueFilter.FinishedLate => "Đã giải quyết quá hạn",
        _ => "Không tính hạn (từ chối tiếp nhận, dừng, rút)",
    };

    public static string Css(this DueFilter filter) => filter switch
    {
        DueFilter.OnTrack or DueFilter.FinishedEarly or DueFilter.FinishedOnTime => "due-ok",
        DueFilter.DueSoon => "due-soon",
        DueFilter.Overdue or DueFilter.FinishedLate => "due-late",
        _ => "",
    };
}
