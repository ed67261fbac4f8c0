using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>The Center's counters (R30): each serves a group of fields and the agencies whose procedures it receives. A number typed again changes that counter.</summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class CountersModel(MotCuaDbContext db, StaffingDesk desk, Rosters rosters, CurrentOfficer officer) : PageModel
{
    [BindProperty] public int? Number { get; set; }
    [BindProperty] public string? ServiceGroup { get; set; }
    [BindProperty] public List<string> AgencyIds { get; set; } = [];

    public IReadOnlyList<Counter> Counters { get; private set; } = [];
    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<Unit> Agencies { get; private set; } = [];
    public bool IsCenter => StaffingDesk.IsCenter(officer.Actor);
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        var (input, problem) = await CounterInput.ParseAsync(db, Number, ServiceGroup, AgencyIds, cancellationToken);
        if (problem is not null)
            return await InvalidAsync(problem, StatusCodes.Status400BadRequest, cancellationToken);
        var existing = await desk.Counters(by).SingleOrDefaultAsync(c => c.Number == input!.Number, cancellationToken);
        var acted = existing is null
            ? await desk.AddAsync(Counter.Open(by.UnitId, input!.Number, input.ServiceGroup, input.AgencyIds, by), cancellationToken)
            : await desk.ActAsync(existing, null, (c, _) => c.Change(input!.Number, input.ServiceGroup, input.AgencyIds, by), cancellationToken);
        if (acted is StaffingActed.Done)
        {
            Done = existing is null ? $"Đã thêm quầy {input!.Number}." : $"Đã sửa quầy {input!.Number}.";
            return RedirectToPage();
        }
        return await InvalidAsync(acted.Message!, acted.Status, cancellationToken);
    }

    async Task<IActionResult> InvalidAsync(string problem, int status, CancellationToken cancellationToken)
    {
        Problem = problem;
        Response.StatusCode = status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    async Task LoadAsync(CancellationToken cancellationToken)
    {
        Counters = await desk.Counters(officer.Actor).AsNoTracking().OrderBy(c => c.Number).ToListAsync(cancellationToken);
        UnitNames = await rosters.UnitNamesAsync(cancellationToken);
        Agencies = await rosters.AgenciesAsync(officer.Actor, cancellationToken);
    }
}

/// <summary>A counter as typed in a form or a body: a number, the fields it serves (one printable line), agencies that exist as agencies.</summary>
public sealed record CounterInput(int Number, string ServiceGroup, IReadOnlyList<string> AgencyIds)
{
    public static async Task<(CounterInput? Input, string? Problem)> ParseAsync(MotCuaDbContext db, int? number, string? serviceGroup, IReadOnlyList<string?>? agencyIds,
        CancellationToken cancellationToken)
    {
        if (number is not { } n || n is < 1 or > Counter.MaxNumber)
            return (null, $"Số quầy phải từ 1 đến {Counter.MaxNumber}.");
        var group = serviceGroup?.Trim() ?? "";
        if (group.Length == 0)
            return (null, "Nhập nhóm lĩnh vực quầy phục vụ.");
        if (FormText.Problem(group, "Nhóm lĩnh vực", Counter.MaxServiceGroupLength) is { } problem)
            return (null, problem);
        var ids = (agencyIds ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).Distinct().ToList();
        if (ids.Count == 0)
            return (null, "Chọn ít nhất một cơ quan có thủ tục được tiếp nhận tại quầy.");
        if (ids.Any(a => a.Length > 40))
            return (null, "Mã cơ quan không hợp lệ.");
        var found = await db.Units.Where(u => ids.Contains(u.Id) && u.Kind == UnitKind.Agency).Select(u => u.Id).ToListAsync(cancellationToken);
        if (ids.FirstOrDefault(a => !found.Contains(a)) is { } unknown)
            return (null, $"Không có cơ quan giải quyết mã {unknown}.");
        return (new CounterInput(n, group, ids), null);
    }
}
