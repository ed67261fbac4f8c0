using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Reporting;
using MotCua.Features.Feedback;
using MotCua.Platform;

namespace MotCua.Features.Reports;

/// <summary>The national service index per agency, ranked, each index with its counts opening onto the dossiers (R37, LAW §9).</summary>
public sealed class ScorecardModel(MotCuaDbContext db, CurrentOfficer officer, FeedbackDesk desk, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public PeriodChoice Choice { get; set; } = new();

    public ReportPeriod? Period { get; private set; }
    public IReadOnlyList<Scorecard> Cards { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        var (period, problem) = Choice.Resolve(calendar.LocalDate(now));
        if (period is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Period = period;
        Cards = await Scorecards.BuildAsync(db, officer, desk, period, calendar, now, cancellationToken);
        return Page();
    }

    /// <summary>The dossiers behind an index's counts, where one figure of the tally holds them.</summary>
    public IReadOnlyList<(string Text, string Href)> Links(string agency, string index)
    {
        string Link(Figure figure, Channel? channel = null) => "/bao-cao/ho-so" + QueryString.Create(new Dictionary<string, string?>
        {
            ["Figure"] = figure.ToString(), ["From"] = Period!.From.ToString("yyyy-MM-dd"), ["To"] = Period.To.ToString("yyyy-MM-dd"),
            ["Agency"] = agency, ["Channel"] = channel?.ToString(),
        }.Where(p => p.Value is not null));
        return index switch
        {
            "2.1" => [("tiếp nhận", Link(Figure.Received)), ("kỳ trước chuyển qua", Link(Figure.CarriedOver)), ("trễ hạn theo Bộ chỉ số", Link(Figure.IndexLate)),
                ("quá hạn cuối kỳ", Link(Figure.Overdue))],
            "3.3" => [("nộp trực tuyến", Link(Figure.Received, Channel.Online)), ("tiếp nhận", Link(Figure.Received))],
            "5.4" => [("quá hạn", Link(Figure.Late)), ("quá hạn cuối kỳ", Link(Figure.Overdue)), ("tiếp nhận", Link(Figure.Received))],
            "4.1" or "4.2" => [("đã giải quyết trước hạn", Link(Figure.Early)), ("đúng hạn", Link(Figure.OnTime)), ("quá hạn", Link(Figure.Late))],
            _ => [],
        };
    }
}
