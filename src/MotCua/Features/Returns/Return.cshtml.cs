using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Returns;

/// <summary>One result at the return desk and the form to give it out: at the counter, by post or online (R24); the control slip records who gave it to whom (R13).</summary>
public sealed class ReturnModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    public const int MaxCollectedBy = 200;
    public const int MaxTrackingNumber = 50;

    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? CollectedBy { get; set; }
    [BindProperty] public string? TrackingNumber { get; set; }

    public string AgencyName { get; private set; } = "";

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken) =>
        AgencyName = await Db.Units.Where(u => u.Id == Dossier.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? Dossier.AgencyId;

    public void OnGet()
    {
        Channel = Dossier.ResultChannel.ToString();
        CollectedBy = Dossier.ResultChannel == Domain.Catalog.Channel.InPerson ? Dossier.Applicant.Name : null;
    }

    public Task<IActionResult> OnPostAsync()
    {
        var collectedBy = CollectedBy?.Trim() ?? "";
        var tracking = string.IsNullOrWhiteSpace(TrackingNumber) ? null : TrackingNumber.Trim();
        if (collectedBy.Length == 0)
            ModelState.AddModelError(nameof(CollectedBy), "Nhập họ tên người nhận kết quả (hoặc đơn vị bưu chính nhận chuyển phát).");
        else if (FormText.Problem(collectedBy, "Họ tên người nhận kết quả", MaxCollectedBy) is { } collectedProblem)
            ModelState.AddModelError(nameof(CollectedBy), collectedProblem);
        if (FormText.Problem(tracking, "Mã vận đơn", MaxTrackingNumber) is { } trackingProblem)
            ModelState.AddModelError(nameof(TrackingNumber), trackingProblem);
        if (!Enum.TryParse<Channel>(Channel, out var channel) || !Enum.IsDefined(channel))
            ModelState.AddModelError(nameof(Channel), "Chọn hình thức trả kết quả.");
        if (!ModelState.IsValid)
            return Task.FromResult<IActionResult>(Page());
        var code = Dossier.Code;
        return Act(() => Dossier.ReturnResult(channel, collectedBy, tracking, Officer.Actor, Now), () =>
        {
            TempData["Message"] = $"Đã trả kết quả hồ sơ {code} cho {collectedBy} ({channel.Vietnamese()}"
                + (tracking is null ? "" : $", mã vận đơn {tracking}") + $") lúc {VietnameseFormat.DateTime(Now)}; cán bộ trả: {Officer.Name}.";
            return Redirect("/tra-ket-qua");
        }, done: null);
    }
}
