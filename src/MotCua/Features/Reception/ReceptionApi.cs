using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Forms;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reception;

public sealed record CompletionRequestBody(List<string?>? Items, string? Reason) : IActionBody;

/// <summary>A dossier handed in at the counter, as the counter's form takes it: the case, the applicant, the components handed in and the channels.</summary>
public sealed class CounterReceptionBody
{
    public string? ProcedureCode { get; set; }
    public string? CaseName { get; set; }
    public ApplicantInput? Applicant { get; set; }
    /// <summary>The published components handed in, by name; the published counts unless originals and copies are given.</summary>
    public List<ComponentInput?>? Components { get; set; }
    /// <summary>InPerson or Post: online submissions are received from the list waiting at the Center.</summary>
    public string? ChannelIn { get; set; }
    /// <summary>InPerson, Post or Online: one of the procedure's channels out.</summary>
    public string? ResultChannel { get; set; }
}

/// <summary>
/// The Center's reception desk in the officers' API: receive a dossier at the counter with its receipt
/// (R5, R6) and transfer it to the agency in the same save (R11); receive an online submission (R9, R11),
/// ask the applicant to complete it (R7), or refuse it (R8).
/// </summary>
public static class ReceptionApi
{
    /// <summary>A case is one of the procedure's published names; longer text cannot be one.</summary>
    const int MaxCaseName = 500;

    public static void MapReceptionApi(this RouteGroupBuilder officer, RouteGroupBuilder dossier)
    {
        officer.MapPost("/dossiers", ReceiveAsync).WithName("ReceiveAtCounter")
            .WithSummary("Tiếp nhận hồ sơ tại quầy (đủ thành phần đã công bố) và chuyển ngay đến cơ quan giải quyết; trả về hồ sơ, địa chỉ ở Location, "
                + "giấy tiếp nhận và hẹn trả kết quả ở /receipt (R5, R6, R11).")
            .WithActionMetadata<CounterReceptionBody>()
            .Produces<OfficerDossierDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound);
        dossier.MapGet("/receipt", ReceiptAsync).WithName("OfficerReceipt")
            .WithSummary("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, PDF) đã cấp, đúng bản đã lưu khi in lần đầu (R52).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        dossier.MapAction<EmptyBody>("/reception", "ReceiveOnline", "Tiếp nhận hồ sơ nộp trực tuyến và chuyển ngay đến cơ quan giải quyết; thời hạn tính từ lúc nộp (R9, R11, R43).",
            (a, _) => OnlineModel.ReceiveAndTransfer(a.Dossier, a.By, a.At, a.Locality));
        dossier.MapAction<CompletionRequestBody>("/completion-request", "AskToCompleteOnline", "Hướng dẫn người nộp bổ sung, hoàn thiện hồ sơ trực tuyến: items (thành phần đã công bố còn thiếu), reason (R4, R7).",
            (a, b) => a.Dossier.AskToCompleteOnline(Limits.Trimmed(b.Items).Distinct().ToList(), b.Reason?.Trim() ?? "", a.By, a.At));
        dossier.MapAction<TextBody>("/reception-refusal", "RefuseOnline", "Từ chối tiếp nhận hồ sơ nộp trực tuyến với lý do (text) (R8).",
            (a, b) => a.Dossier.RefuseOnline(b.Trimmed, a.By, a.At));
    }

    static async Task<IResult> ReceiveAsync(HttpContext http, MotCuaDbContext db, DossierPipeline pipeline, LocalitySource localities, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (body, invalid) = await OfficerEndpoints.ReadAsync<CounterReceptionBody>(http.Request, cancellationToken);
        if (invalid is not null)
            return invalid.ToProblem();
        var code = body!.ProcedureCode?.Trim();
        // Tracked: the new dossier refers to the procedure and its version, which must not be inserted again.
        var procedure = string.IsNullOrEmpty(code) ? null : await db.Procedures.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (procedure is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy thủ tục", detail: $"Không có thủ tục mã \"{code}\".");
        var version = procedure.VersionInForceOn((await localities.GetAsync(db, cancellationToken)).Calendar.LocalDate(time.GetUtcNow()));
        if (version is null)
            return new Acted.Refused(null, DossierRules.NoVersionInForce).ToProblem();

        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];
        if (string.IsNullOrWhiteSpace(body.CaseName))
            Error("caseName", "Chọn trường hợp giải quyết của thủ tục.");
        else if (FormText.Problem(body.CaseName.Trim(), "Trường hợp giải quyết", MaxCaseName) is { } caseProblem)
            Error("caseName", caseProblem);
        var applicant = (body.Applicant ?? new ApplicantInput()).Read();
        foreach (var error in applicant.Errors)
            Error(FieldErrors.Json(error.Field, "applicant"), error.Message);
        var components = SubmittedComponent.Read(version, body.Components);
        foreach (var error in components.Errors)
            Error(FieldErrors.Json(error.Field), error.Message);
        var channelIn = ReadChannel(body.ChannelIn) is { } inChannel && inChannel != Channel.Online ? inChannel : (Channel?)null;
        if (channelIn is null)
            Error("channelIn", "Cách nộp tại quầy là InPerson (trực tiếp) hoặc Post (bưu chính); hồ sơ trực tuyến được tiếp nhận từ danh sách chờ tiếp nhận.");
        var resultChannel = ReadChannel(body.ResultChannel);
        if (resultChannel is null)
            Error("resultChannel", "Cách nhận kết quả là InPerson (tại quầy), Post (bưu chính) hoặc Online (trực tuyến).");
        if (errors.Count > 0)
            return new Acted.Invalid(errors).ToProblem();

        var acted = await pipeline.CreateAsync(procedure, c => ReceiveModel.ReceiveAndTransfer(c, procedure, body.CaseName!.Trim(), applicant.Value!,
            components.Value!, channelIn!.Value, resultChannel!.Value), cancellationToken);
        if (acted is not Acted.Done done)
            return acted.ToProblem();
        var answer = OfficerEndpoints.Answer(http, done.Dossier, done.RowVersion, done.Locality, done.At);
        return TypedResults.Created($"/api/v1/officer/dossiers/{done.Dossier.Code}", ((IValueHttpResult)answer).Value);
    }

    static async Task<IResult> ReceiptAsync(DossierCode code, MotCuaDbContext db, CurrentOfficer officer, IssuedForms issuedForms,
        CancellationToken cancellationToken)
    {
        if (await db.LoadVisibleAsync(code, officer, cancellationToken) is not { } dossier)
            return new Acted.NotFound(code).ToProblem();
        var receipt = await issuedForms.GetAsync(dossier, NationalForms.ApplicantReceipt, cancellationToken);
        return receipt is { } found
            ? TypedResults.File(found.Pdf, "application/pdf", $"giay-tiep-nhan-{dossier.Code}.pdf")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chưa có giấy tiếp nhận",
                detail: "Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận và hẹn trả kết quả.");
    }

    static Channel? ReadChannel(string? value) => Enum.TryParse<Channel>(value, out var channel) && Enum.IsDefined(channel) ? channel : null;
}
