using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reports;

/// <summary>
/// The dashboard of the Center, or of one agency for its officers (R35, R37): the period's figures by
/// agency, field, procedure and channel, their trend, and where open dossiers stand now. Every figure
/// opens its dossiers. Read from the daily tally (ADR 16) and the indexed open dossiers.
/// </summary>
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public PeriodChoice Choice { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }

    public ReportPeriod? Period { get; private set; }
    public string? Problem { get; private set; }
    public bool IsCenter => officer.Role is Role.CenterStaff or Role.CenterDirector;
    public IReadOnlyList<Unit> Agencies { get; private set; } = [];

    /// <summary>One line of a breakdown: what it is, the filter that opens its dossiers, its figures.</summary>
    public sealed record Line(string Label, FigureFilter Filter, PeriodSums Sums)
    {
        public Form06aLine Figures { get; } = Form06aLine.From(Sums);

        /// <summary>Of the dossiers decided in the period, the share decided early or on time; null when none was.</summary>
        public double? OnTimeRate => Sums.Early + Sums.OnTime + Sums.Late is var decided and > 0 ? (double)(Sums.Early + Sums.OnTime) / decided : null;
    }

    public Line? Total { get; private set; }
    public IReadOnlyList<Line> ByAgency { get; private set; } = [];
    public IReadOnlyList<Line> ByField { get; private set; } = [];
    public IReadOnlyList<Line> ByProcedure { get; private set; } = [];
    public IReadOnlyList<(Channel Channel, int Received)> ByChannel { get; private set; } = [];
    public IReadOnlyList<TrendBar> Trend { get; private set; } = [];
    public IReadOnlyDictionary<DossierState, int> OpenNow { get; private set; } = new Dictionary<DossierState, int>();
    public int OverdueNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        var today = calendar.LocalDate(now);
        var (period, problem) = Choice.Kind is null ? (ReportPeriod.Range(today.AddDays(-89), today), null) : Choice.Resolve(today);
        if (IsCenter)
            Agencies = await db.Units.Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        if (period is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Period = period;
        var agency = IsCenter && !string.IsNullOrEmpty(Agency) ? Agency : null;

        var sums = await Tallies.SumAsync(db, officer, period.From, period.To, calendar, agency, cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var procedures = await db.Procedures.Select(p => new { p.Code, p.Name, p.Field }).ToDictionaryAsync(p => p.Code, cancellationToken);
        Line Sum(string label, FigureFilter filter, IEnumerable<PeriodSums> parts) =>
            new(label, filter, parts.Aggregate(PeriodSums.Zero, (a, b) => a + b));
        var scope = new FigureFilter(agency, null, null, null);
        Total = Sum("Tổng cộng", scope, sums.Values);
        ByAgency = sums.GroupBy(s => s.Key.Agency)
            .Select(g => Sum(units.GetValueOrDefault(g.Key, g.Key), scope with { Agency = g.Key }, g.Select(s => s.Value)))
            .OrderBy(l => l.Label, StringComparer.Create(VietnameseFormat.Culture, false)).ToList();
        ByField = sums.GroupBy(s => procedures.GetValueOrDefault(s.Key.Procedure)?.Field ?? "Khác")
            .Select(g => Sum(g.Key, scope with { Field = g.Key }, g.Select(s => s.Value)))
            .OrderBy(l => l.Label, StringComparer.Create(VietnameseFormat.Culture, false)).ToList();
        ByProcedure = sums.GroupBy(s => s.Key.Procedure)
            .Select(g => Sum(procedures.GetValueOrDefault(g.Key)?.Name ?? g.Key, scope with { Procedure = g.Key }, g.Select(s => s.Value)))
            .OrderByDescending(l => l.Figures.C4 + l.Figures.C5).ThenBy(l => l.Label).ToList();

        var counts = db.DossierDayCounts.VisibleTo(officer).Where(c => c.Day >= period.From && c.Day <= period.To);
        if (agency is not null)
            counts = counts.Where(c => c.AgencyId == agency);
        ByChannel = (await counts.GroupBy(c => c.Channel).Select(g => new { g.Key, Received = g.Sum(c => c.Received) }).ToListAsync(cancellationToken))
            .OrderBy(c => c.Key).Select(c => (c.Key, c.Received)).ToList();
        var days = await counts.GroupBy(c => c.Day)
            .Select(g => new TrendDay(g.Key, g.Sum(c => c.Received), g.Sum(c => c.FinishedEarly + c.FinishedOnTime), g.Sum(c => c.FinishedLate)))
            .ToListAsync(cancellationToken);
        Trend = TrendBar.Buckets(period, days);

        var open = db.Dossiers.VisibleTo(officer).Where(d => Tallies.Open.Contains(d.State) || d.State == DossierState.WaitingForApplicant
            || d.State == DossierState.ResultReady || d.State == DossierState.AtReturnDesk);
        if (agency is not null)
            open = open.Where(d => d.AgencyId == agency);
        OpenNow = await open.GroupBy(d => d.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        OverdueNow = await open.CountAsync(d => Tallies.Open.Contains(d.State) && d.Due < now, cancellationToken);
        return Page();
    }

    /// <summary>The link that opens the dossiers behind a figure of this period.</summary>
    public string Link(Figure figure, FigureFilter filter) => "/bao-cao/ho-so" + QueryString.Create(new Dictionary<string, string?>
    {
        ["Figure"] = figure.ToString(), ["From"] = Period!.From.ToString("yyyy-MM-dd"), ["To"] = Period.To.ToString("yyyy-MM-dd"),
        ["Agency"] = filter.Agency, ["Procedure"] = filter.Procedure, ["Field"] = filter.Field, ["Channel"] = filter.Channel?.ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>The link to today's open dossiers on the Center's monitor (or the agency's inbox).</summary>
    public string MonitorLink(string query) => IsCenter ? "/giam-sat?" + query : "/xu-ly?" + query;
}
