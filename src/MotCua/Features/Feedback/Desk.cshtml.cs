using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>
/// The feedback desk (R34): the Center's items, or an agency's items forwarded to it, filtered by state, due status,
/// channel, topic and agency, soonest deadline first, a page at a time. It reads through the indexes
/// (CenterId or AnsweringUnitId, State, HandleBy): one grouped count for the filter, one count and one page of rows.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DeskModel(MotCuaDbContext db, FeedbackDesk desk, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    public const int PageSize = FeedbackDeskQuery.PageSize;

    [BindProperty(SupportsGet = true, Name = "trang-thai")] public FeedbackState? State { get; set; }
    /// <summary>tre (late), sap-den-han (due soon), trong-han (on time).</summary>
    [BindProperty(SupportsGet = true, Name = "han")] public string? Due { get; set; }
    [BindProperty(SupportsGet = true, Name = "kenh")] public FeedbackChannel? Channel { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public FeedbackTopic? Topic { get; set; }
    [BindProperty(SupportsGet = true, Name = "co-quan")] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;

    public IReadOnlyDictionary<FeedbackState, int> Counts { get; private set; } = new Dictionary<FeedbackState, int>();
    public int Total { get; private set; }
    public IReadOnlyList<FeedbackItem> Items { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<KeyValuePair<string, string>> Agencies { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public Domain.Time.WorkingCalendar Calendar { get; private set; } = null!;
    public bool AtCenter => officer.IsCenterRole;
    public bool AtAgency => officer.Role is Role.Processor or Role.AgencyLeader;
    /// <summary>The agency's own feedback leader (R64), shown on its list; null when none is named.</summary>
    public Officer? FeedbackLeader { get; private set; }
    /// <summary>The agency's officers its leader chooses the feedback leader among; empty for anyone else.</summary>
    public IReadOnlyList<Officer> AgencyOfficers { get; private set; } = [];
    public bool MayNameLeader => officer.Role == Role.AgencyLeader;
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }
    /// <summary>The Center's staff and director aggregate items about a regulation into proposals (R34).</summary>
    public bool Aggregates => ProposalDesk.Sees(officer.Actor);
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static readonly (string Key, string Name)[] DueChoices = [("tre", "Quá hạn"), ("sap-den-han", "Sắp đến hạn"), ("trong-han", "Trong hạn")];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        Now = time.GetUtcNow();
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        Units = units.ToDictionary(u => u.Id, u => u.Name);
        Agencies = units.Where(u => u.Kind == UnitKind.Agency).Select(u => KeyValuePair.Create(u.Id, u.Name)).ToList();
        var scope = desk.InScope(officer.Actor).AsNoTracking();
        Counts = await scope.GroupBy(f => f.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var shown = FeedbackDeskQuery.Filter(scope, State, Channel, Topic, Agency, Due, Now, Calendar);
        Total = await shown.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Items = await FeedbackDeskQuery.Page(shown, PageNumber)
            .ToListAsync(cancellationToken);
        if (AtAgency)
            FeedbackLeader = await FeedbackLeaders.OfAsync(db, officer.UnitId, cancellationToken);
        if (MayNameLeader)
            AgencyOfficers = await db.Users.AsNoTracking().Where(o => o.UnitId == officer.UnitId).OrderBy(o => o.FullName).ToListAsync(cancellationToken);
    }

    /// <summary>The agency's leader names who handles feedback with the Center (R64): one of the agency's own officers, or none.</summary>
    public async Task<IActionResult> OnPostFeedbackLeaderAsync(string? leader, CancellationToken cancellationToken)
    {
        if (!MayNameLeader)
            return Forbid();
        if (await db.Units.FindAsync([officer.UnitId], cancellationToken) is not { } unit)
            return NotFound();
        Officer? chosen = null;
        if (!string.IsNullOrEmpty(leader) && (chosen = await db.Users.FindAsync([leader], cancellationToken)) is null)
            Problem = "Chọn cán bộ trong danh sách.";
        Problem ??= unit.NameFeedbackLeader(chosen);
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync(cancellationToken);
            return Page();
        }
        await db.SaveChangesAsync(cancellationToken);
        Done = chosen is null ? "Đã bỏ cử lãnh đạo phụ trách phản ánh, kiến nghị." : $"Đã cử {chosen.FullName} phụ trách phản ánh, kiến nghị với Trung tâm.";
        return RedirectToPage();
    }

    /// <summary>The desk's link with one filter changed (the page back to the first).</summary>
    public string Link(string? state = null, string? due = null, string? channel = null, string? topic = null, string? agency = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["trang-thai"] = state ?? State?.ToString(),
            ["han"] = due ?? Due,
            ["kenh"] = channel ?? Channel?.ToString(),
            ["loai"] = topic ?? Topic?.ToString(),
            ["co-quan"] = agency ?? Agency,
            ["trang"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/phan-anh-kien-nghi", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
