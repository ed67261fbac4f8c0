using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Monitoring;

/// <summary>
/// The Center's monitor: every dossier the Center received, filtered by agency, procedure, state,
/// due status, channel and reception period, with counts (R35, R27); paged and sorted (<see cref="DossierListPage"/>).
/// </summary>
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
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
    public DossierListPage? List { get; private set; }
    public IReadOnlyDictionary<DossierState, int> ByState { get; private set; } = new Dictionary<DossierState, int>();
    public IReadOnlyDictionary<DueFilter, int> ByDue { get; private set; } = new Dictionary<DueFilter, int>();
    public string? Problem { get; private set; }

    public sealed record Row(DossierCode Code, string Procedure, string Applicant, string Agency, DossierState State, DateTimeOffset SubmittedAt,
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

        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var query = db.Dossiers.VisibleTo(officer);
        var counts = db.DossierStateCounts.VisibleTo(officer);
        if (!string.IsNullOrEmpty(Agency))
        {
            query = query.Where(d => d.AgencyId == Agency);
            counts = counts.Where(c => c.AgencyId == Agency);
        }
        if (!string.IsNullOrEmpty(Procedure))
        {
            query = query.Where(d => EF.Property<string>(d, "ProcedureCode") == Procedure);
            counts = counts.Where(c => c.ProcedureCode == Procedure);
        }
        if (State is { } state)
        {
            query = query.Where(d => d.State == state);
            counts = counts.Where(c => c.State == state);
        }
        if (Channel is { } channel)
        {
            query = query.Where(d => d.ChannelIn == channel);
            counts = counts.Where(c => c.Channel == channel);
        }
        if (From is { } from)
        {
            var start = calendar.AtLocal(from, TimeOnly.MinValue);
            query = query.Where(d => d.SubmittedAt >= start);
        }
        if (To is { } to)
        {
            var end = calendar.AtLocal(to.AddDays(1), TimeOnly.MinValue);
            query = query.Where(d => d.SubmittedAt < end);
        }

        // Counted and filtered in the database: a province's Center holds millions of dossiers.
        var now = time.GetUtcNow();
        var soonUntil = DueBadge.DueSoonUntil(now, calendar);
        // Over all time the counts are kept, not counted; a reception period bounds the dossiers to count.
        var groups = From is null && To is null
            ? await DueCounts.CountAsync(counts, query, now, soonUntil, cancellationToken)
            : await DueCounts.CountAsync(query, now, soonUntil, cancellationToken);
        ByState = groups.GroupBy(g => g.State).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        ByDue = groups.SelectMany(g => g.ByDue()).Where(d => d.Count > 0).GroupBy(d => d.Filter).ToDictionary(g => g.Key, g => g.Sum(d => d.Count));
        if (Due is { } due)
            query = Having(query, due, now, soonUntil);
        List = DossierListPage.Read(Request, Due is { } only ? ByDue.GetValueOrDefault(only) : ByState.Values.Sum());

        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        Rows = (await List.Apply(query, nullsLast: db.Database.IsNpgsql())
                .Select(d => new { d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name, d.AgencyId, d.State, d.SubmittedAt, d.Due, d.ChannelIn, d.Timeliness })
                .ToListAsync(cancellationToken))
            .Select(d => new Row(d.Code, d.Procedure, d.Applicant, units.GetValueOrDefault(d.AgencyId, d.AgencyId), d.State, d.SubmittedAt, d.Due, d.ChannelIn,
                Classify(d.State, d.Timeliness, d.Due, now, calendar)))
            .ToList();
    }

    static readonly DossierState[] FinalStates = Enum.GetValues<DossierState>().Where(s => s.IsFinal()).ToArray();

    /// <summary>The dossiers <see cref="Classify"/> puts under <paramref name="due"/>, as a database filter.</summary>
    static IQueryable<Dossier> Having(IQueryable<Dossier> query, DueFilter due, DateTimeOffset now, DateTimeOffset soonUntil)
    {
        var open = query.Unfinished();
        return due switch
        {
            DueFilter.FinishedEarly => query.Where(d => d.Timeliness == Timeliness.Early),
            DueFilter.FinishedOnTime => query.Where(d => d.Timeliness == Timeliness.OnTime),
            DueFilter.FinishedLate => query.Where(d => d.Timeliness == Timeliness.Late),
            DueFilter.NotCounted => query.Where(d => d.Timeliness == null && FinalStates.Contains(d.State)),
            DueFilter.Overdue => open.Where(d => d.Due < now),
            DueFilter.DueSoon => open.Where(d => d.Due >= now && d.Due < soonUntil),
            DueFilter.OnTrack => open.Where(d => d.Due >= soonUntil),
            _ => open.Where(d => d.Due == null),
        };
    }

    /// <summary>One dossier's due status, worked out in memory: what <see cref="Having"/> must select in the database.</summary>
    public static DueFilter Classify(DossierState state, Timeliness? finished, DateTimeOffset? due, DateTimeOffset now, Domain.Time.WorkingCalendar calendar) =>
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

    /// <summary>The status in a list's row, short enough to stay on one line; the full text is its title.</summary>
    public static string Short(this DueFilter filter) => filter switch
    {
        DueFilter.OnTrack => "Trong hạn",
        DueFilter.DueSoon => "Sắp đến hạn",
        DueFilter.Overdue => "Quá hạn",
        DueFilter.Paused => "Tạm dừng tính hạn",
        DueFilter.FinishedEarly => "Xong trước hạn",
        DueFilter.FinishedOnTime => "Xong đúng hạn",
        DueFilter.FinishedLate => "Xong quá hạn",
        _ => "Không tính hạn",
    };

    public static string Css(this DueFilter filter) => filter switch
    {
        DueFilter.OnTrack or DueFilter.FinishedEarly or DueFilter.FinishedOnTime => "due-ok",
        DueFilter.DueSoon => "due-soon",
        DueFilter.Overdue or DueFilter.FinishedLate => "due-late",
        _ => "",
    };
}
