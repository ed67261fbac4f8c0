using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain;
using MotCua.Features.Files;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Supplements;

/// <summary>
/// The supplement path (R15, R16): the agency's processor asks for the items with the reason, within
/// the profile's limit; the Center notifies the applicant (Mẫu 02); the complete dossier arrives at
/// the counter and the clock restarts from zero.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class SupplementModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time,
    IFileStore store, FileStoreOptions fileOptions)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty]
    public string? Items { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The published components handed in at the counter.</summary>
    [BindProperty]
    public List<string> Components { get; set; } = [];

    public long MaxUploadBytes => fileOptions.MaxUploadBytes;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostRequestAsync() =>
        Act(() => Dossier.RequestSupplement(Lines(Items), Reason?.Trim() ?? "", Officer.Actor, Now, Locality),
            "Đã yêu cầu bổ sung hồ sơ; hồ sơ chuyển về Trung tâm để thông báo người nộp.", Items, Reason);

    public Task<IActionResult> OnPostNotifyAsync() =>
        Act(() => Dossier.NotifySupplement(Officer.Actor, Now),
            "Đã thông báo yêu cầu bổ sung (Mẫu 02) cho người nộp; thời hạn giải quyết tạm dừng.");

    /// <summary>The complete dossier at the counter, its supplemented papers scanned on the same form (R5, R15).</summary>
    public async Task<IActionResult> OnPostResubmitAsync()
    {
        var read = SubmittedComponent.Read(Dossier.Version, Components);
        if (read.Value is not { } components)
        {
            Problem = string.Join(" ", read.Errors.Select(e => e.Message));
            return Page();
        }
        var (scans, problems) = await Uploads.ScansAsync(Request.Form.Files, Dossier.Version.Components.Select(c => c.Name).ToList(), store, MaxUploadBytes, HttpContext.RequestAborted);
        if (scans is null)
        {
            Problem = string.Join(" ", problems);
            return Page();
        }
        return await Act(() =>
        {
            if (Dossier.Resubmit(components, Officer.Actor, Now, Locality) is { Broken: { } broken })
                return broken;
            return Uploads.Attach(Db, Dossier, scans, Officer.Actor, Now, Dossier.Digitize);
        }, "Đã nhận hồ sơ bổ sung; thời hạn giải quyết tính lại từ đầu.");
    }
}
