using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// The assets the Center has handed out and not yet received back (R69), by counter and officer, those still waiting for the
/// officer to confirm taking them over marked; where the Center issues uniforms yearly, the officers without this year's issue.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class RecordsAssetsModel(RecordsDesk desk, CurrentOfficer officer) : PageModel
{
    public IReadOnlyList<AssetHandover> Out { get; private set; } = [];
    public IReadOnlyDictionary<int, int> CounterNumbers { get; private set; } = new Dictionary<int, int>();
    public IReadOnlyList<Secondment> UniformDue { get; private set; } = [];
    public int Year { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        var handed = await desk.Handovers(by).AsNoTracking().Where(h => h.ReturnedAt == null).ToListAsync(cancellationToken);
        CounterNumbers = await desk.Staffing.Counters(by).AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        Out = handed.OrderBy(h => h.CounterId is { } c && CounterNumbers.TryGetValue(c, out var n) ? n : int.MaxValue)
            .ThenBy(h => h.OfficerName).ThenBy(h => h.HandedAt).ToList();
        UniformDue = await desk.WithoutUniformAsync(by, cancellationToken);
        Year = (await desk.TodayAsync(cancellationToken)).Today.Year;
    }

    public string Counter(AssetHandover h) => h.CounterId is { } c && CounterNumbers.TryGetValue(c, out var n) ? $"Quầy số {n}" : "Chưa bố trí quầy";
}
