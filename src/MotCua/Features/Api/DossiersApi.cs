using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Portal;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Api;

/// <summary>An online submission as JSON; checked field by field, with Vietnamese messages.</summary>
public sealed class SubmissionBody
{
    public string? ProcedureCode { get; set; }
    public string? CaseName { get; set; }
    public ApplicantInput? Applicant { get; set; }
    public List<ComponentBody?>? Components { get; set; }
    /// <summary>InPerson, Post or Online: one of the procedure's channels out.</summary>
    public string? ResultChannel { get; set; }
}

/// <summary>A component handed in; without counts, the procedure's published ones.</summary>
public sealed class ComponentBody
{
    public string? Name { get; set; }
    public int? Originals { get; set; }
    public int? Copies { get; set; }
}

public sealed record SubmissionReceipt(string Code, string ProcedureCode, string State, string StateName, DateTimeOffset SubmittedAt);

public sealed record StatusEventDto(DateTimeOffset At, string Action, string? Unit);

public sealed record DossierStatusDto(
    string Code,
    string ProcedureCode,
    string ProcedureName,
    string State,
    string StateName,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? Due,
    DateTimeOffset? OriginalDue,
    string? Result,
    DateTimeOffset? ResultIssuedAt,
    DateTimeOffset? ReturnedAt,
    IReadOnlyList<StatusEventDto> History);

/// <summary>Online submission (R9), made once per Idempotency-Key, and the status lookup by code and phone digits.</summary>
public static class DossiersApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void MapDossiers(this RouteGroupBuilder api)
    {
        api.MapPost("/dossiers", SubmitAsync).WithName("SubmitDossier")
            .WithSummary("Nộp hồ sơ trực tuyến. Bắt buộc tiêu đề Idempotency-Key: gửi lại cùng khóa và cùng nội dung trả về hồ sơ đã tạo (200).")
            .Accepts<SubmissionBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/dossiers/{code:dossiercode}/status", StatusAsync).WithName("DossierStatus")
            .WithSummary("Tình trạng hồ sơ theo mã hồ sơ và 4 chữ số cuối số điện thoại của người nộp (phone).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WebSetup.PublicLookup);
    }

    static async Task<Results<Created<SubmissionReceipt>, Ok<SubmissionReceipt>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest http, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        MotCuaDbContext db, DossierPipeline pipeline, LocalitySource localities, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
            return Problem(StatusCodes.Status400BadRequest, "Thiếu hoặc sai tiêu đề Idempotency-Key",
                "Mỗi yêu cầu nộp hồ sơ phải có tiêu đề Idempotency-Key (tối đa 100 ký tự, ví dụ một GUID), để gửi lại khi lỗi mạng không tạo thêm hồ sơ.");
        if (!http.HasJsonContentType())
            return Problem(StatusCodes.Status400BadRequest, "Nội dung phải là JSON", "Gửi hồ sơ dạng JSON với Content-Type: application/json.");
        SubmissionBody? body;
        try
        {
            body = await http.ReadFromJsonAsync<SubmissionBody>(cancellationToken);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Nội dung không phải JSON hợp lệ", "Không đọc được nội dung yêu cầu; kiểm tra lại cú pháp JSON.");
        }
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];
        var locality = await localities.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var procedureCode = body?.ProcedureCode?.Trim();
        var procedure = string.IsNullOrEmpty(procedureCode) ? null
            : await db.Procedures.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == procedureCode, cancellationToken);
        var request = Read(body, procedure?.VersionInForceOn(locality.Calendar.LocalDate(now)), Error);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Dữ liệu hồ sơ chưa hợp lệ");
        if (procedure is null)
            return Problem(StatusCodes.Status404NotFound, "Không tìm thấy thủ tục", $"Không có thủ tục mã \"{procedureCode}\".");
        if (request is null)
            return Refused(DossierRules.NoVersionInForce);

        var outcome = await OnlineSubmission.SubmitAsync(pipeline, db, idempotencyKey, request, cancellationToken);
        switch (outcome.Result)
        {
            case SubmissionResult.UnknownProcedure:
                return Problem(StatusCodes.Status404NotFound, "Không tìm thấy thủ tục", $"Không có thủ tục mã \"{request.ProcedureCode}\".");
            case SubmissionResult.Refused:
                return Refused(outcome.Refusal!);
            case SubmissionResult.KeyReused:
                return Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key đã dùng cho yêu cầu khác",
                    "Khóa này đã được dùng để nộp một hồ sơ với nội dung khác; mỗi hồ sơ mới cần một khóa mới.");
        }
        var receipt = await ReceiptAsync(db, outcome.Code!, locality.Calendar, cancellationToken);
        return outcome.Result == SubmissionResult.Created
            ? TypedResults.Created($"{ApiV1.Prefix}/dossiers/{receipt.Code}/status", receipt)
            : TypedResults.Ok(receipt);
    }

    static ProblemHttpResult Refused(BrokenRule rule) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Hồ sơ không được chấp nhận",
            detail: rule.Message, extensions: new Dictionary<string, object?> { ["rule"] = rule.RuleId });

    /// <summary>
    /// The body as an online request, reporting every wrong field under its JSON name; null as well when the procedure
    /// has no version in force to read the components against (<paramref name="version"/> null).
    /// </summary>
    static OnlineRequest? Read(SubmissionBody? body, ProcedureVersion? version, Action<string, string> error)
    {
        if (body is null)
        {
            error("", "Thiếu nội dung hồ sơ.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(body.ProcedureCode))
            error("procedureCode", "Nhập mã thủ tục.");
        if (string.IsNullOrWhiteSpace(body.CaseName))
            error("caseName", "Nhập tên trường hợp giải quyết của thủ tục.");
        var applicant = body.Applicant?.Read();
        if (applicant is null)
            error("applicant", "Thiếu thông tin người nộp.");
        else
            foreach (var e in applicant.Errors)
                error(FieldErrors.Json(e.Field, "applicant"), e.Message);
        if (!Enum.TryParse<Channel>(body.ResultChannel, out var resultChannel) || Enum.GetName(resultChannel) != body.ResultChannel)
            error("resultChannel", "Cách nhận kết quả phải là InPerson (trực tiếp), Post (bưu chính) hoặc Online (trực tuyến).");
        if (version is null)
            return null;
        var components = SubmittedComponent.Read(version, body.Components?.Select(c => c is null ? null : new ComponentInput(c.Name, c.Originals, c.Copies)).ToList());
        foreach (var e in components.Errors)
            error(FieldErrors.Json(e.Field), e.Message);
        return applicant?.Value is { } valid && components.Value is { } submitted && !string.IsNullOrWhiteSpace(body.CaseName)
            ? new OnlineRequest(body.ProcedureCode!.Trim(), body.CaseName.Trim(), valid, submitted, resultChannel)
            : null;
    }

    static async Task<SubmissionReceipt> ReceiptAsync(MotCuaDbContext db, DossierCode code, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Procedure).Include(d => d.History).SingleAsync(d => d.Code == code, cancellationToken);
        return new SubmissionReceipt(dossier.Code.ToString(), dossier.Procedure.Code, dossier.State.ToString(), dossier.State.Vietnamese(),
            calendar.ToLocal(dossier.History.Min(h => h.At)));
    }

    static async Task<Results<Ok<DossierStatusDto>, ValidationProblem, ProblemHttpResult>> StatusAsync(DossierCode code, string? phone,
        MotCuaDbContext db, LocalitySource localities, CancellationToken cancellationToken)
    {
        if (!StatusLookup.IsLastFour(phone))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = [StatusLookup.DigitsRequired] },
                title: "Thiếu 4 chữ số cuối số điện thoại");
        if (await StatusLookup.FindAsync(db, code, phone!, cancellationToken) is not { } status)
            return Problem(StatusCodes.Status404NotFound, "Không tìm thấy hồ sơ", StatusLookup.NotFound + ".");
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } i ? calendar.ToLocal(i) : null;
        return TypedResults.Ok(new DossierStatusDto(
            status.Code.ToString(),
            status.ProcedureCode,
            status.ProcedureName,
            status.State.ToString(),
            status.State.Vietnamese(),
            calendar.ToLocal(status.SubmittedAt),
            Local(status.ReceivedAt),
            Local(status.Due),
            Local(status.OriginalDue),
            status.Result?.Kind.ToString(),
            Local(status.Result?.IssuedAt),
            Local(status.Return?.At),
            status.History.Select(h => new StatusEventDto(calendar.ToLocal(h.At), h.Action, h.Unit)).ToList()));
    }

    static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
