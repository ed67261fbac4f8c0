using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>
/// An online submission waiting at the Center: receive it and transfer it to the agency (R11), ask
/// the applicant to complete it with published items only (R4, R7), or refuse it (R8).
/// </summary>
public sealed class OnlineModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty] public List<string> Items { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public string AgencyName { get; private set; } = "";
    /// <summary>The files the applicant attached, to open before receiving (R5).</summary>
    public IReadOnlyList<Data.Files.DossierFile> Files { get; private set; } = [];

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        AgencyName = await Db.Units.Where(u => u.Id == Dossier.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? Dossier.AgencyId;
        Files = await Features.Files.DossierFilesModel.ListAsync(Db, Dossier.Code);
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostReceiveAsync()
    {
        var code = Dossier.Code;
        return Act(() => ReceiveAndTransfer(Dossier, Officer.Actor, Now, Locality), () => Next($"/tiep-nhan/giay-hen/{code}", Dossier.State == DossierState.Received
            ? $"Đã tiếp nhận hồ sơ trực tuyến {code}. Hồ sơ chờ nộp phí, lệ phí (trực tuyến hoặc tại quầy) rồi mới chuyển đến {AgencyName}."
            : $"Đã tiếp nhận hồ sơ trực tuyến {code} và chuyển đến {AgencyName}.")(), done: null);
    }

    public Task<IActionResult> OnPostAskAsync() =>
        Act(() => Dossier.AskToCompleteOnline(Items.Distinct().ToList(), Reason?.Trim() ?? "", Officer.Actor, Now),
            Next($"/tiep-nhan/phieu-bo-sung/{Dossier.Code}", ReceptionText.SlipIssued(Dossier.Code)), done: null, Reason);

    public Task<IActionResult> OnPostRefuseAsync() =>
        Act(() => Dossier.RefuseOnline(Reason?.Trim() ?? "", Officer.Actor, Now),
            Next($"/tiep-nhan/phieu-tu-choi/{Dossier.Code}", ReceptionText.RefusalIssued(Dossier.Code)), done: null, Reason);

    /// <summary>R11: an online submission received is transferred to the competent agency in the same save.</summary>
    public static Outcome ReceiveAndTransfer(Dossier dossier, Actor by, DateTimeOffset at, Locality locality) =>
        dossier.ReceiveOnline(by, at, locality) is { Succeeded: false } refused ? refused
        // Fees to pay before processing: the dossier waits at the Center; the collection transfers it (R29).
        : dossier.FeesDueNow == FeeTiming.BeforeProcessing ? Outcome.Ok
        : dossier.Transfer(by, at, locality);

    Func<IActionResult> Next(string url, string message) => () =>
    {
        TempData["Message"] = message;
        return Redirect(url);
    };
}
