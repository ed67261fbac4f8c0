using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// A counter's officer's own assets (R69): what the Center handed them, held and handed back; the officer confirms taking each over
/// (nhận bàn giao), from which they answer for it. Only their own: another's record is 404.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class RecordsMineModel(RecordsDesk desk, CurrentOfficer officer) : PageModel
{
    [BindProperty] public int? Record { get; set; }
    [BindProperty] public int? Seen { get; set; }

    public IReadOnlyList<AssetHandover> Handovers { get; private set; } = [];
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public bool MayTakeOver(AssetHandover h) => h.WhyNotTakeOver(officer.Actor) is null;

    public int RowVersion(AssetHandover h) => desk.Staffing.RowVersion(h);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostTakeOverAsync(CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        // Only the officer's own: the scope of a counter's officer, whatever their role, is the assets handed to them.
        var found = await desk.Handovers(by).Where(h => h.OfficerId == by.Id).FirstOrDefaultAsync(h => h.Id == Record, cancellationToken);
        var acted = found is null ? new StaffingActed.NotFound() : await desk.Staffing.ActAsync(found, Seen, (h, at) => h.TakeOver(by, at), cancellationToken);
        if (acted is StaffingActed.Done)
        {
            Done = $"Đã xác nhận nhận bàn giao {found!.ItemName} (mã {found.AssetCode}).";
            return Redirect("/can-bo/tai-san-cua-toi");
        }
        Problem = acted.Message;
        Response.StatusCode = acted.Status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Tracked: the row version each form carries is read from the tracked entry.</summary>
    async Task LoadAsync(CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        Handovers = await desk.Handovers(by).Where(h => h.OfficerId == by.Id).OrderByDescending(h => h.HandedAt).ToListAsync(cancellationToken);
    }
}
