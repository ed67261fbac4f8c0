using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Features.Exceptions;
using MotCua.Platform;

namespace MotCua.Features.Files;

/// <summary>
/// A dossier's files: the Center scans each component handed in (R5), the agency attaches the signed
/// electronic result (R22). Every file is checked before anything is kept; one bad file keeps them all out.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class DossierFilesModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time, IFileStore store, FileStoreOptions options)
    : DossierActionPage(db, officer, localities, time)
{
    /// <summary>A whole request: a scan of every component of a large dossier.</summary>
    const long UploadLimit = 200L * 1024 * 1024;

    public IReadOnlyList<DossierFile> Files { get; private set; } = [];
    public long MaxBytes => options.MaxUploadBytes;

    public bool CanScan => Officer.UnitId == Dossier.CenterId && Officer.Role is Role.Reception or Role.CenterStaff
        && Dossier.State is DossierState.Received or DossierState.InProcessing or DossierState.Consulting or DossierState.SupplementRequested or DossierState.WaitingForApplicant;

    public bool CanAttachResult => Officer.UnitId == Dossier.AgencyId && Officer.Role is Role.Processor or Role.AgencyLeader
        && Dossier.State is DossierState.ResultReady or DossierState.AtReturnDesk;

    public async Task OnGetAsync() => Files = await ListAsync(Db, Dossier.Code);

    public static Task<List<DossierFile>> ListAsync(MotCuaDbContext db, string code) =>
        db.DossierFiles.AsNoTracking().Where(f => f.DossierCode == code).OrderBy(f => f.Id).ToListAsync();

    /// <summary>The scans posted as scan-0, scan-1…: the index of the component in the dossier's list.</summary>
    public async Task<IActionResult> OnPostScansAsync()
    {
        var posted = Request.Form.Files
            .Select(f => (File: f, Index: f.Name.StartsWith("scan-", StringComparison.Ordinal) && int.TryParse(f.Name[5..], out var i) ? i : -1))
            .Where(p => p.File.Length > 0 || p.File.FileName.Length > 0)
            .ToList();
        if (posted.Count == 0)
            return await Refused(["Chưa chọn tệp nào để số hóa."]);
        var problems = new List<string>();
        var checkedFiles = new List<(string Component, CheckedUpload Upload)>();
        foreach (var (file, index) in posted)
        {
            if (index < 0 || index >= Dossier.Components.Count)
            {
                problems.Add("Tệp gửi lên không gắn với thành phần nào của hồ sơ.");
                continue;
            }
            var (upload, problem) = await Uploads.CheckAsync(file, MaxBytes, pdfOnly: false, HttpContext.RequestAborted);
            if (problem is not null)
                problems.Add($"{Dossier.Components[index].Name}: {problem}");
            else
                checkedFiles.Add((Dossier.Components[index].Name, upload!));
        }
        if (problems.Count > 0)
            return await Refused(problems);
        var stored = new List<(string Component, CheckedUpload Upload, string Hash)>();
        foreach (var (component, upload) in checkedFiles)
            stored.Add((component, upload, await store.PutAsync(upload.Content, HttpContext.RequestAborted)));
        return await Act(() =>
        {
            foreach (var (component, upload, hash) in stored)
            {
                if (Dossier.Digitize(component, upload.FileName, hash, Officer.Actor, Now) is { Broken: { } broken })
                    return broken;
                Db.DossierFiles.Add(Record(DossierFileKind.Scan, component, upload, hash));
            }
            return Outcome.Ok;
        }, $"Đã số hóa {stored.Count} tệp của hồ sơ.");
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
            Db.DossierFiles.Add(Record(DossierFileKind.Result, null, upload, hash));
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

    DossierFile Record(DossierFileKind kind, string? component, CheckedUpload upload, string hash) => new()
    {
        DossierCode = Dossier.Code,
        Kind = kind,
        Component = component,
        FileName = upload.FileName,
        ContentType = upload.ContentType,
        Size = upload.Content.Length,
        Sha256 = hash,
        UploadedAt = Now,
        UploadedById = Officer.Id,
        UploadedByName = Officer.Name,
        UnitId = Officer.UnitId,
    };

    async Task<IActionResult> Refused(IReadOnlyList<string> problems)
    {
        Problem = string.Join(" ", problems);
        Files = await ListAsync(Db, Dossier.Code);
        return Page();
    }
}
