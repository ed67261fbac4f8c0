using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Returns;

/// <summary>One result at the return desk and the form to give it out: at the counter, by post or online (R24); the control slip records who gave it to whom (R13).</summary>
public sealed class ReturnModel(MotCuaDbContext db, CurrentOfficer officer, TimeProvider time) : PageModel
{
    /// <summary>The dossier's row version when the form was shown: two officers returning one result, the second is told (one wins).</summary>
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? CollectedBy { get; set; }
    [BindProperty] public string? TrackingNumber { get; set; }

    public Dossier Dossier { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        Channel = Dossier.ResultChannel.ToString();
        CollectedBy = Dossier.ResultChannel == Domain.Catalog.Channel.InPerson ? Dossier.Applicant.Name : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        var seen = Seen;
        if (!await LoadAsync(code))
            return NotFound();
        var collectedBy = CollectedBy?.Trim() ?? "";
        var tracking = string.IsNullOrWhiteSpace(TrackingNumber) ? null : TrackingNumber.Trim();
        if (collectedBy.Length == 0)
            ModelState.AddModelError(nameof(CollectedBy), "Nhập họ tên người nhận kết quả (hoặc đơn vị bưu chính nhận chuyển phát).");
        else if (FormText.Problem(collectedBy, "Họ tên người nhận kết quả", 200) is { } collectedProblem)
            ModelState.AddModelError(nameof(CollectedBy), collectedProblem);
        if (FormText.Problem(tracking, "Mã vận đơn", 50) is { } trackingProblem)
            ModelState.AddModelError(nameof(TrackingNumber), trackingProblem);
        if (!Enum.TryParse<Channel>(Channel, out var channel) || !Enum.IsDefined(channel))
            ModelState.AddModelError(nameof(Channel), "Chọn hình thức trả kết quả.");
        if (!ModelState.IsValid)
            return Page();

        var now = time.GetUtcNow();
        var problem = seen != RowVersion()
            ? Shared.Dossiers.ConcurrentChange
            : Dossier.ReturnResult(channel, collectedBy, tracking, officer.Actor, now).Broken?.Message ?? await db.SaveActionAsync();
        if (problem is null)
        {
            TempData["Message"] = $"Đã trả kết quả hồ sơ {code} cho {collectedBy} ({channel.Vietnamese()}"
                + (tracking is null ? "" : $", mã vận đơn {tracking}") + $") lúc {VietnameseFormat.DateTime(now)}; cán bộ trả: {officer.Name}.";
            return Redirect("/tra-ket-qua");
        }
        ModelState.AddModelError("", problem);
        // Show the dossier as it stands in the database, not as the refused action left it in memory.
        db.ChangeTracker.Clear();
        await LoadAsync(code);
        return Page();
    }

    async Task<bool> LoadAsync(string code)
    {
        if (await db.LoadVisibleAsync(code, officer) is not { } dossier)
            return false;
        Dossier = dossier;
        Seen = RowVersion();
        AgencyName = await db.Units.Where(u => u.Id == dossier.AgencyId).Select(u => u.Name).SingleOrDefaultAsync() ?? dossier.AgencyId;
        return true;
    }

    int RowVersion() => db.Entry(Dossier).Property<int>(MotCuaDbContext.RowVersion).CurrentValue;
}
