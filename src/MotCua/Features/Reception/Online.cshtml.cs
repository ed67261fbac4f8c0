using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>
/// An online submission waiting at the Center: receive it and transfer it to the agency (R11), ask
/// the applicant to complete it with published items only (R4, R7), or refuse it (R8).
/// </summary>
public sealed class OnlineModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    /// <summary>The dossier's row version when the form was shown: a form older than the dossier is not acted on.</summary>
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public List<string> Items { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public Dossier Dossier { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";
    /// <summary>The files the applicant attached, to open before receiving (R5).</summary>
    public IReadOnlyList<Data.Files.DossierFile> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        Seen = RowVersion();
        return Page();
    }

    public Task<IActionResult> OnPostReceiveAsync(string code) => ActAsync(code, (dossier, now, locality) =>
    {
        var received = dossier.ReceiveOnline(officer.Actor, now, locality);
        // R11: transferred to the competent agency in the same save as the reception.
        return received.Succeeded ? dossier.Transfer(officer.Actor, now, locality) : received;
    }, $"/tiep-nhan/giay-hen/{code}", () => $"Đã tiếp nhận hồ sơ trực tuyến {code} và chuyển đến {AgencyName}.");

    public Task<IActionResult> OnPostAskAsync(string code) => ActAsync(code, (dossier, now, _) =>
        Items.Any(i => dossier.Version.Components.All(c => c.Name != i))
            ? DossierRules.ComponentNotPublished
            : dossier.AskToCompleteOnline(Items.Distinct().ToList(), Reason?.Trim() ?? "", officer.Actor, now),
        $"/tiep-nhan/phieu-bo-sung/{code}", () => ReceptionText.SlipIssued(code));

    public Task<IActionResult> OnPostRefuseAsync(string code) => ActAsync(code, (dossier, now, _) =>
        dossier.RefuseOnline(Reason?.Trim() ?? "", officer.Actor, now), $"/tiep-nhan/phieu-tu-choi/{code}", () => ReceptionText.RefusalIssued(code));

    async Task<IActionResult> ActAsync(string code, Func<Dossier, DateTimeOffset, Locality, Outcome> act, string next, Func<string> message)
    {
        var seen = Seen;
        if (!await LoadAsync(code))
            return NotFound();
        var problem = FormText.Problem(Reason?.Trim(), "Lý do", multiline: true) ?? (seen != RowVersion()
            ? Shared.Dossiers.ConcurrentChange
            : act(Dossier, time.GetUtcNow(), await localities.GetAsync(db)).Broken?.Message ?? await db.SaveActionAsync());
        if (problem is null)
        {
            TempData["Message"] = message();
            return Redirect(next);
        }
        ModelState.AddModelError("", problem);
        // Show the dossier as it stands in the database, not as the refused action left it in memory.
        db.ChangeTracker.Clear();
        await LoadAsync(code);
        Seen = RowVersion();
        return Page();
    }

    async Task<bool> LoadAsync(string code)
    {
        if (await db.LoadVisibleAsync(code, officer) is not { } dossier)
            return false;
        Dossier = dossier;
        AgencyName = await db.Units.Where(u => u.Id == dossier.AgencyId).Select(u => u.Name).SingleOrDefaultAsync() ?? dossier.AgencyId;
        Files = await Features.Files.DossierFilesModel.ListAsync(db, dossier.Code);
        return true;
    }

    int RowVersion() => db.Entry(Dossier).Property<int>(MotCuaDbContext.RowVersion).CurrentValue;
}
