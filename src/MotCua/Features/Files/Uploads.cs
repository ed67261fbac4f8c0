using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Files;

/// <summary>A checked upload kept in the file store under <paramref name="Hash"/>, for a component of the dossier.</summary>
public sealed record StoredScan(string Component, CheckedUpload Upload, string Hash);

/// <summary>An uploaded file that passed the checks: its shown name, its type as its content says, its bytes.</summary>
public sealed record CheckedUpload(string FileName, string ContentType, byte[] Content)
{
    /// <summary>The row that records the file on its dossier once its content is in the store under <paramref name="hash"/>.</summary>
    public DossierFile Record(DossierCode dossierCode, DossierFileKind kind, string? component, string hash, Actor by, DateTimeOffset at) => new()
    {
        DossierCode = dossierCode,
        Kind = kind,
        Component = component,
        FileName = FileName,
        ContentType = ContentType,
        Size = Content.Length,
        Sha256 = hash,
        UploadedAt = at,
        UploadedById = by.Id,
        UploadedByName = by.Name,
        UnitId = by.UnitId,
    };
}

/// <summary>
/// Checks an upload before anything is kept: a plain file name (never a path), a size within the limit,
/// and a type read from the first bytes (PDF, JPEG, PNG), whatever the name or the browser claims.
/// </summary>
public static class Uploads
{
    public const string Accept = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

    /// <summary>The largest request of a page that takes scans: every component of a large dossier at once.</summary>
    public const long RequestLimit = 200L * 1024 * 1024;

    public static async Task<(CheckedUpload? Upload, string? Problem)> CheckAsync(IFormFile file, long maxBytes, bool pdfOnly, CancellationToken cancellationToken = default)
    {
        if (NameProblem(file.FileName) is { } badName)
            return (null, badName);
        if (file.Length > maxBytes)
            return (null, TooLarge(file.FileName, file.Length, maxBytes));
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return Check(file.FileName, buffer.ToArray(), maxBytes, pdfOnly);
    }

    /// <summary>The same checks on a file already read (a request body of the API).</summary>
    public static (CheckedUpload? Upload, string? Problem) Check(string? name, byte[] content, long maxBytes, bool pdfOnly)
    {
        if (NameProblem(name) is { } badName)
            return (null, badName);
        if (content.Length == 0)
            return (null, $"Tệp \"{name}\" rỗng.");
        if (content.Length > maxBytes)
            return (null, TooLarge(name!, content.Length, maxBytes));
        var type = Sniff(content);
        if (type is null)
            return (null, $"Tệp \"{name}\" không phải PDF, JPEG hay PNG (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).");
        if (pdfOnly && type != "application/pdf")
            return (null, $"Tệp \"{name}\" không phải PDF: kết quả điện tử phải là tệp PDF đã ký số.");
        return (new CheckedUpload(name!.Trim(), type, content), null);
    }

    static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Length > 200 || name.Any(c => c is '/' or '\\' || char.IsControl(c)) || name.Contains("..", StringComparison.Ordinal)
            ? $"Tên tệp \"{Shown(name ?? "")}\" không hợp lệ: tên tệp không được chứa đường dẫn, ký tự điều khiển hay dài quá 200 ký tự."
            : null;

    static string TooLarge(string name, long size, long maxBytes) => $"Tệp \"{name}\" có dung lượng {Size(size)}, vượt giới hạn {Size(maxBytes)}.";

    /// <summary>The type by the file's signature ("magic bytes").</summary>
    public static string? Sniff(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf", // %PDF-
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        _ => null,
    };

    /// <summary>
    /// The scans a form posted as scan-0, scan-1…, each named by the index of its component in
    /// <paramref name="components"/>, checked and put in the store; null, with the problems, when any is refused.
    /// </summary>
    public static async Task<(List<StoredScan>? Scans, List<string> Problems)> ScansAsync(
        IFormFileCollection files, IReadOnlyList<string> components, IFileStore store, long maxBytes, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var checkedFiles = new List<(string Component, CheckedUpload Upload)>();
        foreach (var file in files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            if (!file.Name.StartsWith("scan-", StringComparison.Ordinal) || !int.TryParse(file.Name[5..], out var index) || index < 0 || index >= components.Count)
            {
                problems.Add("Tệp gửi lên không gắn với thành phần nào của hồ sơ.");
                continue;
            }
            var (upload, problem) = await CheckAsync(file, maxBytes, pdfOnly: false, cancellationToken);
            if (problem is not null)
                problems.Add($"{components[index]}: {problem}");
            else
                checkedFiles.Add((components[index], upload!));
        }
        if (problems.Count > 0)
            return (null, problems);
        var stored = new List<StoredScan>();
        foreach (var (component, upload) in checkedFiles)
            stored.Add(new StoredScan(component, upload, await store.PutAsync(upload.Content, cancellationToken)));
        return (stored, problems);
    }

    /// <summary>
    /// Takes each scan through the dossier's action for it (<see cref="Dossier.Digitize"/> at the desk,
    /// <see cref="Dossier.AttachOnline"/> for the applicant) and adds its row, in the caller's save; the first broken rule stops it.
    /// </summary>
    public static Outcome Attach(MotCuaDbContext db, Dossier dossier, IEnumerable<StoredScan> scans, Actor by, DateTimeOffset at,
        Func<string, string, string, Actor, DateTimeOffset, Outcome> action)
    {
        foreach (var scan in scans)
        {
            if (action(scan.Component, scan.Upload.FileName, scan.Hash, by, at) is { Broken: { } broken })
                return broken;
            db.DossierFiles.Add(scan.Upload.Record(dossier.Code, DossierFileKind.Scan, scan.Component, scan.Hash, by, at));
        }
        return Outcome.Ok;
    }

    /// <summary>A size as officers read it: "2,5 MB", "340 KB", "51 byte".</summary>
    public static string Size(long bytes) => VietnameseSize.Of(bytes);

    static string Shown(string name) => new(name.Where(c => !char.IsControl(c)).Take(80).ToArray());
}
