using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Files;

/// <summary>
/// A dossier's files: the Center scans each component handed in (R5), the agency attaches the signed
/// electronic result (R22). Every file is checked before anything is kept; one bad file keeps them all out.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class DossierFilesModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time, IFileStore store, FileStoreOptions options)
    : DossierActionPage(db, officer, localities, time)
{
    public IReadOnlyList<DossierFile> Files { get; private set; } = [];
    public long MaxBytes => options.MaxUploadBytes;

    public async Task OnGetAsync() => Files = await ListAsync(Db, Dossier.Code);

    public static Task<List<DossierFile>> ListAsync(MotCuaDbContext db, DossierCode code) =>
        db.DossierFiles.AsNoTracking().Where(f => f.DossierCode == code).OrderBy(f => f.Id).ToListAsync();

    /// <summary>The scans posted as scan-0, scan-1…: the index of the component in the dossier's list.</summary>
    public async Task<IActionResult> OnPostScansAsync()
    {
        var (scans, problems) = await Uploads.ScansAsync(Request.Form.Files, Dossier.Components.Select(c => c.Name).ToList(), store, MaxBytes, HttpContext.RequestAborted);
        if (scans is null)
            return await Refused(problems);
        if (scans.Count == 0)
            return await Refused(["Chưa chọn tệp nào để số hóa."]);
        return await Act(() => Uploads.Attach(Db, Dossier, scans, Officer.Actor, Now, Dossier.Digitize), $"Đã số hóa {scans.Count} tệp của hồ sơ.");
    }

    public async Task<IActionResult> OnPostResultAsync(IFormFile? result)
    {
        if (result is null)
            return await Refused(["Chưa chọn tệp kết quả."]);
        var (upload, problem) = await Uploads.CheckAsync(result, MaxBytes, pdfOnly: true, HttpContext.RequestAborted);
        if (problem is not null)
            return await Refused([problem]);
        var hash = await store.PutAsync(upload!.Content, HttpContext.RequestAborted);
        return await Act(() =>
        {
            if (Dossier.AttachResultFile(upload.FileName, hash, Officer.Actor, Now) is { Broken: { } broken })
                return broken;
            Db.DossierFiles.Add(upload.Record(Dossier.Code, DossierFileKind.Result, null, hash, Officer.Actor, Now));
            return Outcome.Ok;
        }, "Đã đính kèm kết quả điện tử; người nộp tải được trên Cổng Dịch vụ công.");
    }

    /// <summary>One file of the dossier, to an officer who may see the dossier.</summary>
    public async Task<IActionResult> OnGetFileAsync(long id)
    {
        var file = await Db.DossierFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.DossierCode == Dossier.Code);
        if (file is null || await store.GetAsync(file.Sha256, HttpContext.RequestAborted) is not { } content)
            return NotFound();
        return File(content, file.ContentType, file.FileName);
    }

    async Task<IActionResult> Refused(IReadOnlyList<string> problems)
    {
        Problem = string.Join(" ", problems);
        Files = await ListAsync(Db, Dossier.Code);
        return Page();
    }
}
