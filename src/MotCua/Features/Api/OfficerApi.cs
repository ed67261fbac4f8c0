using System.Text.Json;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Features.Consultations;
using MotCua.Features.Exceptions;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Api;

public sealed record SupplementRequestBody(List<string>? Items, string? Reason);
public sealed record ResubmissionBody(List<string>? Components);
public sealed record TextBody(string? Text);
public sealed record ApologyBody(string? Reason, DateTimeOffset? NewDue);
public sealed record ConsultBody(List<string>? AgencyIds, string? Question, DateTimeOffset? ReplyBy);
public sealed record AnswerBody(string? Answer, bool Declined);
public sealed record IncidentBody(string? Kind, string? Description, string? ResponsibleParty, string? ActionTaken);
public sealed record EmptyBody;
public sealed record TokenBody(string? UserName, string? Password);

public sealed record ConsultationDto(string AgencyId, DateTimeOffset AskedAt, DateTimeOffset ReplyBy, string Question,
    DateTimeOffset? AnsweredAt, string? Answer, bool Declined, bool Unanswered, bool Late);
public sealed record SupplementDto(DateTimeOffset RequestedAt, IReadOnlyList<string> Items, string Reason, DateTimeOffset? NotifiedAt, DateTimeOffset? CompletedAt);
public sealed record HistoryDto(int Sequence, DateTimeOffset At, string Action, string ActionName, string State, string By, string? Reason, IReadOnlyList<string> Documents);

/// <summary>A dossier as an officer sees it through the API: its state, clock, exception paths and control slip.</summary>
public sealed record OfficerDossierDto(
    string Code,
    string ProcedureCode,
    string AgencyId,
    string State,
    string StateName,
    int? Step,
    DateTimeOffset? Due,
    DateTimeOffset? OriginalDue,
    DateTimeOffset? ExtendedFrom,
    DateTimeOffset? SupplementDeadline,
    DateTimeOffset? ClosesUnsupplementedAt,
    string? ApologyDraftReason,
    DateTimeOffset? ApologyDraftNewDue,
    string? Result,
    bool? ResultEarly,
    bool Overdue,
    string? OverdueExplanation,
    IReadOnlyList<SupplementDto> Supplements,
    IReadOnlyList<ConsultationDto> Consultations,
    IReadOnlyList<HistoryDto> History);

public sealed record OverdueDto(string Code, string AgencyId, string State, DateTimeOffset? Due, string? Explanation);

/// <summary>
/// The officers' API for the exception paths (issue 4): every route needs a signed-in officer (the
/// Identity cookie, or a bearer token from <c>POST /api/v1/token</c>; ADR 0007), works on the dossiers
/// of the officer's unit (a consulted agency: only to answer), and changes a dossier only through the
/// aggregate. A broken rule answers 422 with the rule id in <c>rule</c>; another officer's concurrent
/// change 409.
/// </summary>
public static class OfficerApi
{
    static readonly string[] Schemes = [IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme];

    public static IServiceCollection AddOfficerApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        return services;
    }

    public static void MapOfficerApi(this RouteGroupBuilder api)
    {
        api.MapPost("/token", TokenAsync).WithName("OfficerToken")
            .WithSummary("Đăng nhập cán bộ, nhận bearer token (hiệu lực 1 giờ) cho các địa chỉ /api/v1/officer.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var officer = api.MapGroup("/officer")
            .RequireAuthorization(new AuthorizeAttribute { Policy = Policies.Officer, AuthenticationSchemes = string.Join(',', Schemes) })
            .ProducesProblem(StatusCodes.Status404NotFound);
        officer.MapGet("/dossiers/{code}", GetAsync).WithSummary("Hồ sơ trong phạm vi đơn vị của cán bộ.");
        officer.MapGet("/overdue", OverdueAsync).WithSummary("Hồ sơ quá hạn của đơn vị: tối đa 200 hồ sơ chưa giải trình (chờ lâu nhất trước), rồi tối đa 200 hồ sơ đã giải trình gần nhất (R35).");
        officer.MapGet("/consultations", ConsultedAsync).WithSummary("Hồ sơ cơ quan của cán bộ được xin ý kiến (R19).");

        var dossier = officer.MapGroup("/dossiers/{code}")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        dossier.MapPost("/supplement-request", (string code, HttpContext http) =>
                Act<SupplementRequestBody>(code, http, (d, b, by, at, l) => d.RequestSupplement(Trimmed(b.Items), b.Reason?.Trim() ?? "", by, at, l)))
            .WithSummary("Yêu cầu bổ sung hồ sơ: items (các nội dung), reason (R15).");
        dossier.MapPost("/supplement-notice", (string code, HttpContext http) =>
                Act<EmptyBody>(code, http, (d, _, by, at, _) => d.NotifySupplement(by, at)))
            .WithSummary("Trung tâm đã thông báo người nộp yêu cầu bổ sung (Mẫu 02).");
        dossier.MapPost("/resubmission", (string code, HttpContext http) =>
                Act<ResubmissionBody>(code, http, (d, b, by, at, l) => SubmittedComponent.Read(d.Version, b.Components) is var read && read.Value is { } components
                    ? d.Resubmit(components, by, at, l)
                    : new BrokenRule("R4", read.Errors[0].Message)))
            .WithSummary("Nhận hồ sơ bổ sung tại quầy: components (tên thành phần); thời hạn tính lại từ đầu (R15).");
        dossier.MapPost("/refusal", (string code, HttpContext http) =>
                Act<TextBody>(code, http, (d, b, by, at, l) => d.Refuse(b.Text?.Trim() ?? "", by, at, l)))
            .WithSummary("Từ chối giải quyết với lý do (text), trong thời hạn giải quyết (R17).");
        dossier.MapPost("/result", (string code, HttpContext http) =>
                Act<TextBody>(code, http, (d, b, by, at, l) => d.RecordResult(b.Text?.Trim() ?? "", by, at, l)))
            .WithSummary("Ghi nhận kết quả (text); trước ngày hẹn là kết quả sớm (R24).");
        dossier.MapPost("/hand-over", (string code, HttpContext http) =>
                Act<EmptyBody>(code, http, (d, _, by, at, l) => d.HandToReturnDesk(by, at, l)))
            .WithSummary("Chuyển kết quả về bộ phận trả kết quả (R23).");
        dossier.MapPost("/early-collection", (string code, HttpContext http) =>
                Act<EmptyBody>(code, http, (d, _, by, at, l) => d.InviteEarlyCollection(by, at, l)))
            .WithSummary("Mời người nộp đến nhận kết quả sớm (R24).");
        dossier.MapPost("/apology", (string code, HttpContext http) =>
                Act<ApologyBody>(code, http, (d, b, by, at, l) => b.NewDue is { } due ? d.ProposeApology(b.Reason?.Trim() ?? "", due, by, at, l) : DossierRules.NewDateNotLater))
            .WithSummary("Dự thảo văn bản xin lỗi, hẹn lại: reason, newDue (R18, R46).");
        dossier.MapPost("/apology/approval", (string code, HttpContext http) =>
                Act<EmptyBody>(code, http, (d, _, by, at, l) => d.ApproveApology(by, at, l)))
            .WithSummary("Lãnh đạo duyệt văn bản xin lỗi; hạn trả dời một lần (R18).");
        dossier.MapPost("/consultations", (string code, HttpContext http) =>
                Act<ConsultBody>(code, http, (d, b, by, at, l) => b.ReplyBy is { } replyBy
                    ? d.Consult(Trimmed(b.AgencyIds), b.Question?.Trim() ?? "", replyBy, by, at, l)
                    : DossierRules.ReplyByInPast))
            .WithSummary("Xin ý kiến cơ quan phối hợp: agencyIds, question, replyBy (R19).");
        dossier.MapPost("/consultation-answer", (string code, HttpContext http) =>
                Act<AnswerBody>(code, http, (d, b, by, at, l) => d.AnswerConsultation(b.Answer?.Trim() ?? "", b.Declined, by, at, l), consulted: true))
            .WithSummary("Cơ quan được xin ý kiến trả lời (answer) hoặc từ chối vì ngoài thẩm quyền (declined) (R19).");
        dossier.MapPost("/consultations/{agencyId}/resolution", (string code, string agencyId, HttpContext http) =>
                Act<TextBody>(code, http, (d, b, by, at, _) => d.ResolveLateConsultation(agencyId, b.Text?.Trim() ?? "", by, at)))
            .WithSummary("Cơ quan chủ trì hoặc Trung tâm xử lý xin ý kiến đã quá hạn (text: hướng xử lý, báo cáo cấp trên) (R19).");
        dossier.MapPost("/send-back", (string code, HttpContext http) =>
                Act<TextBody>(code, http, (d, b, by, at, l) => d.SendBack(b.Text?.Trim() ?? "", by, at, l)))
            .WithSummary("Trả lại bước trước với lý do (text).");
        dossier.MapPost("/recall", (string code, HttpContext http) =>
                Act<EmptyBody>(code, http, (d, _, by, at, l) => d.Recall(by, at, l)))
            .WithSummary("Thu hồi hồ sơ vừa chuyển khi bên nhận chưa xử lý.");
        dossier.MapPost("/stop", (string code, HttpContext http) =>
                Act<TextBody>(code, http, (d, b, by, at, _) => d.Stop(b.Text?.Trim() ?? "", by, at)))
            .WithSummary("Dừng giải quyết theo yêu cầu người nộp (text: lý do), chỉ trước khi có quyết định (Mẫu 05).");
        dossier.MapPost("/incidents", (string code, HttpContext http) =>
                Act<IncidentBody>(code, http, (d, b, by, at, _) => Enum.TryParse<IncidentKind>(b.Kind, out var kind) && Enum.IsDefined(kind)
                    ? d.RecordIncident(kind, b.Description?.Trim() ?? "", b.ResponsibleParty?.Trim() ?? "", b.ActionTaken?.Trim() ?? "", by, at)
                    : new BrokenRule("R20", "Loại sự cố phải là Lost (thất lạc), Damaged (hư hỏng) hoặc WrongResult (sai sót kết quả).")))
            .WithSummary("Ghi nhận sự cố: kind, description, responsibleParty, actionTaken (R20).");
        dossier.MapPost("/overdue-explanation", (string code, HttpContext http) =>
                Act<TextBody>(code, http, (d, b, by, at, _) => d.ExplainOverdue(b.Text?.Trim() ?? "", by, at)))
            .WithSummary("Cơ quan giải trình hồ sơ quá hạn bằng văn bản (text) (R35).");
        dossier.MapOfficerFiles();
    }

    static IReadOnlyList<string> Trimmed(List<string>? items) => (items ?? []).Select(i => i?.Trim() ?? "").ToList();

    static async Task<Results<Ok<AccessTokenResponse>, EmptyHttpResult, ProblemHttpResult>> TokenAsync(TokenBody body, SignInManager<Officer> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body.UserName?.Trim() ?? "", body.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
            return Problem(StatusCodes.Status401Unauthorized, "Đăng nhập không thành công",
                result.IsLockedOut ? "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau 15 phút." : "Sai tên đăng nhập hoặc mật khẩu.");
        // The sign-in manager has written the token response itself.
        return TypedResults.Empty;
    }

    static async Task<Results<Ok<OfficerDossierDto>, ProblemHttpResult>> GetAsync(string code, HttpContext http, MotCuaDbContext db, CurrentOfficer officer,
        LocalitySource localities, TimeProvider time, CancellationToken cancellationToken)
    {
        var dossier = await db.LoadVisibleAsync(code, officer, cancellationToken) ?? await db.LoadConsultedAsync(code, officer, cancellationToken);
        if (dossier is null)
            return NotFound(code);
        return TypedResults.Ok(Dto(dossier, await localities.GetAsync(db, cancellationToken), time.GetUtcNow()));
    }

    static async Task<Ok<List<OverdueDto>>> OverdueAsync(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        var (missing, _) = await OverdueDossiers.ListAsync(db, officer, now, explained: false, cancellationToken);
        var (explained, _) = await OverdueDossiers.ListAsync(db, officer, now, explained: true, cancellationToken);
        return TypedResults.Ok(missing.Concat(explained).Select(d => new OverdueDto(d.Code, d.AgencyId, d.State.ToString(),
            Local(calendar, d.Due ?? d.OriginalDue), d.OverdueExplanation?.Reason)).ToList());
    }

    static async Task<Ok<List<OfficerDossierDto>>> ConsultedAsync(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var dossiers = await db.Dossiers.ConsultedWith(officer).AsNoTracking().Whole().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(dossiers.Select(d => Dto(d, locality, time.GetUtcNow())).ToList());
    }

    /// <summary>Reads the JSON body, loads the dossier in the officer's scope, applies the action, saves it with its row version.</summary>
    static async Task<Results<Ok<OfficerDossierDto>, ProblemHttpResult>> Act<TBody>(string code, HttpContext http,
        Func<Dossier, TBody, Actor, DateTimeOffset, Locality, Outcome> action, bool consulted = false) where TBody : class
    {
        var services = http.RequestServices;
        var db = services.GetRequiredService<MotCuaDbContext>();
        var officer = services.GetRequiredService<CurrentOfficer>();
        var cancellationToken = http.RequestAborted;
        // Scope first: an officer outside the dossier's units learns nothing, not even what the body should be.
        var dossier = consulted ? await db.LoadConsultedAsync(code, officer, cancellationToken) : await db.LoadVisibleAsync(code, officer, cancellationToken);
        if (dossier is null)
            return NotFound(code);
        if (!http.Request.HasJsonContentType())
            return Problem(StatusCodes.Status400BadRequest, "Nội dung phải là JSON", "Gửi nội dung dạng JSON với Content-Type: application/json (có thể là {}).");
        TBody? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync<TBody>(cancellationToken);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Nội dung không phải JSON hợp lệ", "Không đọc được nội dung yêu cầu; kiểm tra lại cú pháp JSON.");
        }
        if (body is null)
            return Problem(StatusCodes.Status400BadRequest, "Thiếu nội dung", "Gửi nội dung JSON của thao tác.");
        if (BodyText.Problem(body) is { } textProblem)
            return Problem(StatusCodes.Status400BadRequest, "Nội dung chưa hợp lệ", textProblem);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var locality = await services.GetRequiredService<LocalitySource>().GetAsync(db, cancellationToken);
        return await SaveAsync(http, dossier, now, () => action(dossier, body, officer.Actor, now, locality));
    }

    /// <summary>Applies an action to a loaded dossier and saves it: 422 naming the broken rule, 409 on another officer's change, else the dossier.</summary>
    public static async Task<Results<Ok<OfficerDossierDto>, ProblemHttpResult>> SaveAsync(HttpContext http, Dossier dossier, DateTimeOffset now, Func<Outcome> action)
    {
        var db = http.RequestServices.GetRequiredService<MotCuaDbContext>();
        var locality = await http.RequestServices.GetRequiredService<LocalitySource>().GetAsync(db, http.RequestAborted);
        if (action().Broken is { } broken)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Thao tác không được thực hiện",
                detail: $"{broken.Message} ({broken.RuleId})", extensions: new Dictionary<string, object?> { ["rule"] = broken.RuleId });
        if (await db.SaveActionAsync(http.RequestAborted) is { } conflict)
            return Problem(StatusCodes.Status409Conflict, "Hồ sơ vừa được cập nhật", conflict);
        return TypedResults.Ok(Dto(dossier, locality, now));
    }

    static OfficerDossierDto Dto(Dossier d, Locality locality, DateTimeOffset now)
    {
        var calendar = locality.Calendar;
        return new OfficerDossierDto(
            d.Code, d.Procedure.Code, d.AgencyId, d.State.ToString(), d.State.Vietnamese(), d.Step,
            Local(calendar, d.Due), Local(calendar, d.OriginalDue), Local(calendar, d.Clock?.Extension?.PreviousDue),
            Local(calendar, d.SupplementDeadline(locality)), Local(calendar, d.ClosesUnsupplementedAt(locality)),
            d.ApologyDraft?.Reason, Local(calendar, d.ApologyDraft?.NewDue),
            d.Result?.Kind.ToString(), d.Result?.Early,
            d.IsOverdue(now), d.OverdueExplanation?.Reason,
            d.Supplements.Select(s => new SupplementDto(calendar.ToLocal(s.RequestedAt), s.Items, s.Reason, Local(calendar, s.NotifiedAt), Local(calendar, s.CompletedAt))).ToList(),
            d.Consultations.Select(c => new ConsultationDto(c.AgencyId, calendar.ToLocal(c.AskedAt), calendar.ToLocal(c.ReplyBy), c.Question,
                Local(calendar, c.AnsweredAt), c.Answer, c.Declined, c.Unanswered, c.IsLate(now))).ToList(),
            d.History.OrderBy(h => h.Sequence).Select(h => new HistoryDto(h.Sequence, calendar.ToLocal(h.At), h.Action.ToString(), h.Action.Vietnamese(),
                h.To.ToString(), h.By.Name, h.Reason, h.Documents)).ToList());
    }

    static DateTimeOffset? Local(Domain.Time.WorkingCalendar calendar, DateTimeOffset? instant) => instant is { } i ? calendar.ToLocal(i) : null;

    public static ProblemHttpResult NotFound(string code) =>
        Problem(StatusCodes.Status404NotFound, "Không tìm thấy hồ sơ", $"Không có hồ sơ {code} trong phạm vi đơn vị của cán bộ.");

    static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
