using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Files;
using MotCua.Features.Forms;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Api;

/// <summary>A file of a dossier as the API lists it.</summary>
public sealed record DossierFileDto(string Kind, string? Component, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>
/// Files over the API: an agency's own software attaches the signed result (R21, R22); the applicant's
/// app downloads the receipt and the result with the code and the whole phone number (they carry personal data in full).
/// </summary>
public static class FilesApi
{
    public static void MapPublicFiles(this RouteGroupBuilder api)
    {
        api.MapGet("/dossiers/{code:dossiercode}/receipt", ReceiptAsync).WithName("DossierReceipt")
            .WithSummary("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, PDF) đã cấp, theo mã hồ sơ và số điện thoại đầy đủ đã khai (phone): giấy có đủ thông tin cá nhân.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WebSetup.PublicLookup);
        api.MapGet("/dossiers/{code:dossiercode}/result-file", ResultAsync).WithName("DossierResultFile")
            .WithSummary("Kết quả điện tử đã ký số (PDF) theo mã hồ sơ và số điện thoại đầy đủ đã khai (phone); tiêu đề X-Content-SHA256 mang mã băm đã ghi nhận.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WebSetup.PublicLookup);
    }

    /// <summary>The applicant's app attaches each component's file after submitting (R9, R5), as the portal's form does.</summary>
    public static void MapApplicantFiles(this RouteGroupBuilder api) =>
        api.MapPut("/dossiers/{code:dossiercode}/files", AttachOnlineAsync).WithName("AttachComponentFile")
            .WithSummary("Người nộp đính kèm tệp của một thành phần hồ sơ vừa nộp trực tuyến, trước khi Trung tâm tiếp nhận: nội dung là tệp PDF, JPEG hoặc PNG "
                + "(Content-Type tương ứng), tham số component (tên thành phần), name (tên tệp), phone (số điện thoại đầy đủ đã khai).")
            .Produces<DossierFileDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WebSetup.PublicLookup);

    public static void MapOfficerFiles(this RouteGroupBuilder dossier)
    {
        dossier.MapGet("/files", ListAsync).WithName("OfficerDossierFiles")
            .Produces<List<DossierFileDto>>()
            .WithSummary("Các tệp của hồ sơ: bản số hóa theo thành phần (Scan, R5) và kết quả điện tử (Result, R22), mỗi tệp với mã băm SHA-256.");
        // A raw PDF body, not a form: no other site's page can send it with an officer's cookie. The content type is
        // checked by the handler, not declared with Accepts: a request of another type would meet the API's fallback (404), not a 415.
        dossier.MapPut("/result-file", AttachResultAsync).WithName("AttachResultFile")
            .Produces<OfficerDossierDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Đính kèm kết quả điện tử đã ký số: nội dung là tệp PDF (Content-Type: application/pdf), tên tệp ở tham số name (R22).");
    }

    static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ReceiptAsync(DossierCode code, string? phone,
        MotCuaDbContext db, IssuedForms issuedForms, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(phone, out var fullPhone))
            return FullPhoneRequired();
        if (await StatusLookup.OwnedAsync(db, code, fullPhone, cancellationToken) is not { } dossier)
            return NotFound(StatusLookup.NotFound + ".");
        var receipt = await issuedForms.GetAsync(dossier, NationalForms.ApplicantReceipt, cancellationToken);
        return receipt is { } found
            ? TypedResults.File(found.Pdf, "application/pdf", $"giay-tiep-nhan-{dossier.Code}.pdf")
            : NotFound("Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận và hẹn trả kết quả.");
    }

    static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ResultAsync(DossierCode code, string? phone, HttpResponse response,
        MotCuaDbContext db, IFileStore store, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(phone, out var fullPhone))
            return FullPhoneRequired();
        if (await StatusLookup.OwnedAsync(db, code, fullPhone, cancellationToken) is not { } dossier)
            return NotFound(StatusLookup.NotFound + ".");
        if (await StatusLookup.ResultFileAsync(db, dossier.Code, cancellationToken) is not { } file || await store.GetAsync(file.Sha256, cancellationToken) is not { } content)
            return NotFound("Hồ sơ chưa có kết quả điện tử.");
        response.Headers["X-Content-SHA256"] = file.Sha256;
        return TypedResults.File(content, file.ContentType, file.FileName);
    }

    static readonly string[] ComponentTypes = ["application/pdf", "image/jpeg", "image/png"];

    static async Task<IResult> AttachOnlineAsync(DossierCode code, string? component, string? name, string? phone,
        HttpContext http, MotCuaDbContext db, IFileStore store, FileStoreOptions options, LocalitySource localities, DossierPipeline pipeline, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(phone, out var fullPhone))
            return FullPhoneRequired();
        if (await StatusLookup.OwnedAsync(db, code, fullPhone, cancellationToken) is not { } dossier)
            return NotFound(StatusLookup.NotFound + ".");
        if (!ComponentTypes.Contains(http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant()))
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Loại nội dung không được nhận", "Gửi tệp với Content-Type: application/pdf, image/jpeg hoặc image/png.");
        var body = await ReadBoundedAsync(http.Request, options.MaxUploadBytes, cancellationToken);
        var (upload, problem) = Uploads.Check(name, body, options.MaxUploadBytes, pdfOnly: false);
        if (problem is not null)
            return Problem(body.Length > options.MaxUploadBytes ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, "Tệp không hợp lệ", problem);
        var hash = await store.PutAsync(upload!.Content, cancellationToken);
        var applicant = new Domain.Actor("applicant", dossier.Applicant.Name, Domain.Role.Applicant, "");
        DossierFile? record = null;
        var acted = await pipeline.RunAsync(dossier, seen: null, a =>
        {
            var outcome = a.Dossier.AttachOnline(component?.Trim() ?? "", upload.FileName, hash, a.By, a.At);
            if (outcome.Succeeded)
                db.DossierFiles.Add(record = upload.Record(a.Dossier.Code, DossierFileKind.Scan, component!.Trim(), hash, a.By, a.At));
            return outcome;
        }, cancellationToken, by: applicant);
        if (acted is not Acted.Done || record is null)
            return acted.ToProblem();
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        return TypedResults.Ok(new DossierFileDto(record.Kind.ToString(), record.Component, record.FileName, record.ContentType, record.Size, record.Sha256,
            calendar.ToLocal(record.UploadedAt), record.UploadedByName));
    }

    /// <summary>The request body, read to one byte past the limit at most: enough to know it is too large.</summary>
    static async Task<byte[]> ReadBoundedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (body.Length <= limit && (read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            body.Write(buffer, 0, read);
        return body.ToArray();
    }

    static async Task<IResult> AttachResultAsync(DossierCode code, string? name, HttpContext http,
        MotCuaDbContext db, CurrentOfficer officer, IFileStore store, FileStoreOptions options, DossierPipeline pipeline, CancellationToken cancellationToken)
    {
        if (await db.LoadVisibleAsync(code, officer, cancellationToken) is not { } dossier)
            return new Acted.NotFound(code).ToProblem();
        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), "application/pdf", StringComparison.OrdinalIgnoreCase))
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Nội dung phải là tệp PDF", "Gửi tệp kết quả với Content-Type: application/pdf.");
        var body = await ReadBoundedAsync(http.Request, options.MaxUploadBytes, cancellationToken);
        var (upload, problem) = Uploads.Check(name, body, options.MaxUploadBytes, pdfOnly: true);
        if (problem is not null)
            return Problem(body.Length > options.MaxUploadBytes ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, "Tệp kết quả không hợp lệ", problem);
        var hash = await store.PutAsync(upload!.Content, cancellationToken);
        var acted = await pipeline.RunAsync(dossier, seen: null, a =>
        {
            var outcome = a.Dossier.AttachResultFile(upload.FileName, hash, a.By, a.At);
            if (outcome.Succeeded)
                db.DossierFiles.Add(upload.Record(a.Dossier.Code, DossierFileKind.Result, null, hash, a.By, a.At));
            return outcome;
        }, cancellationToken);
        return acted is Acted.Done done ? OfficerEndpoints.Answer(http, done.Dossier, done.RowVersion, done.Locality, done.At) : acted.ToProblem();
    }

    static async Task<IResult> ListAsync(DossierCode code, MotCuaDbContext db, CurrentOfficer officer,
        LocalitySource localities, CancellationToken cancellationToken)
    {
        if (!await db.Dossiers.VisibleTo(officer).AnyAsync(d => d.Code == code, cancellationToken))
            return new Acted.NotFound(code).ToProblem();
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var files = await db.DossierFiles.AsNoTracking().Where(f => f.DossierCode == code).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(files.Select(f => new DossierFileDto(f.Kind.ToString(), f.Component, f.FileName, f.ContentType, f.Size, f.Sha256,
            calendar.ToLocal(f.UploadedAt), f.UploadedByName)).ToList());
    }

    static ValidationProblem FullPhoneRequired() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = [StatusLookup.FullPhoneRequired] }, title: "Thiếu số điện thoại đầy đủ");

    static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Không tìm thấy", detail);

    static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
