using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Features.Api;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>A piece of feedback as officers read it: the sender in full, the deadlines with the late flags, the history.</summary>
public sealed record OfficerFeedbackDto(string Code, string State, string StateName, string Channel, string Topic, string Subject, string Text,
    string? DossierCode, string? AgencyId, string AnsweringUnitId, string SenderName, string? SenderPhone, string? SenderEmail, string? SenderAddress,
    DateTimeOffset ReceivedAt, string ReceivedBy, DateTimeOffset? ForwardBy, DateTimeOffset? ForwardedAt, DateTimeOffset RefuseBy,
    DateTimeOffset FirstRequestBy, DateTimeOffset HandleBy, DateTimeOffset? PublishBy, DateTimeOffset? NextDeadline,
    bool ForwardIsLate, bool HandlingIsLate, bool PublicationIsLate, string? RefusalReason, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy,
    string? PublicAnswer, DateTimeOffset? PublishedAt, bool ForNationalPortal, string? Verdict, string? ReComplaint, string? ReComplaintOf,
    IReadOnlyList<FeedbackEvent> Events, IReadOnlyList<InformationRequest> Requests, IReadOnlyList<string> AllowedActions, string? ProposalCode)
{
    public static OfficerFeedbackDto From(FeedbackItem f, Actor by, DateTimeOffset now) => new(f.Code, f.State.ToString(), f.State.Vietnamese(),
        f.Channel.ToString(), f.Topic.ToString(), f.Subject, f.Text, f.DossierCode?.ToString(), f.AgencyId, f.AnsweringUnitId,
        f.Sender.Name, f.Sender.Phone, f.Sender.Email, f.Sender.Address, f.ReceivedAt, f.ReceivedBy, f.ForwardBy, f.ForwardedAt, f.RefuseBy,
        f.FirstRequestBy, f.HandleBy, f.PublishBy, f.NextDeadline, f.ForwardIsLate(now), f.HandlingIsLate(now), f.PublicationIsLate(now),
        f.RefusalReason, f.Answer, f.AnsweredAt, f.AnsweredBy, f.PublicAnswer, f.PublishedAt, f.ForNationalPortal, f.Verdict?.ToString(),
        f.ReComplaint, f.ReComplaintOf, f.Events, f.Requests,
        Enum.GetValues<FeedbackCommand>().Where(c => f.WhyNot(c, by) is null).Select(c => c.ToString()).ToList(), f.ProposalCode);
}

/// <summary>One page of the desk.</summary>
public sealed record OfficerFeedbackPage(int Total, int Page, int PageSize, IReadOnlyList<OfficerFeedbackDto> Items);

/// <summary>Feedback recorded by an officer: channel Hotline, Email, SuggestionSlip, Switchboard or Officer; topic; an optional dossier code whose agency is taken when agencyId is empty.</summary>
public sealed record FeedbackIntakeBody(string? Channel, string? Topic, string? DossierCode, string? AgencyId, string? SenderName, string? SenderPhone,
    string? SenderEmail, string? SenderAddress, string? Subject, string? Text);

/// <summary>What the item is about (CenterCoordination, AgencyHandling, Regulation, OfficerConduct, CenterManagement) and the agency concerned.</summary>
public sealed record FeedbackClassifyBody(string? Topic, string? AgencyId);

/// <summary>A text the action takes: the question, the reason, the answer or the public text.</summary>
public sealed record FeedbackTextBody(string? Text);

/// <summary>Nothing to send but the row version in If-Match.</summary>
public sealed record FeedbackEmptyBody;

/// <summary>
/// Feedback in the officers' API, <c>/api/v1/officer/feedback</c> (R33, R34, R63): the desk as a list, one item, recording intake,
/// and one POST per action through <see cref="FeedbackDesk.ActAsync"/>. The row version travels as the ETag and comes back in
/// If-Match; every failure is ProblemDetails (400 with field errors, 404 outside the officer's scope, 409, 422 naming the rule).
/// </summary>
public static class FeedbackOfficerApi
{
    public static void MapFeedbackOfficerApi(this RouteGroupBuilder officer)
    {
        var feedback = officer.MapGroup("/feedback");
        feedback.MapGet("", ListAsync)
            .WithName("ListFeedback")
            .WithSummary("Phản ánh, kiến nghị trong phạm vi của cán bộ, hạn gần nhất trước: lọc theo state, due (late, soon, onTime), channel, topic, agencyId; page (50 mỗi trang).")
            .ProducesValidationProblem();
        feedback.MapGet("/{code}", GetAsync)
            .WithName("GetFeedback")
            .WithSummary("Một phản ánh, kiến nghị: người gửi, thời hạn và cờ quá hạn, quá trình xử lý, các thao tác cán bộ được làm; ETag là phiên bản.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        feedback.MapPost("", RecordAsync)
            .WithName("RecordFeedback")
            .WithSummary("Ghi nhận phản ánh, kiến nghị qua đường dây nóng, thư điện tử, phiếu góp ý, tổng đài hoặc ý kiến của cán bộ (R33, R63). "
                + "Tiêu đề Idempotency-Key (tùy chọn, tối đa 100 ký tự): trong 24 giờ, cán bộ gửi lại cùng khóa và cùng nội dung nhận lại phản ánh đã ghi nhận (200), "
                + "cùng khóa với nội dung khác bị từ chối (422).")
            .WithBody<FeedbackIntakeBody>()
            .Produces<OfficerFeedbackDto>(StatusCodes.Status201Created)
            .Produces<OfficerFeedbackDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var item = feedback.MapGroup("/{code}").ProducesProblem(StatusCodes.Status404NotFound);
        item.MapAction<FeedbackClassifyBody>("/classification", "ClassifyFeedback", "Phân loại: topic và agencyId (Trung tâm, R34).",
            body => Enum.TryParse<FeedbackTopic>(body.Topic, out var t) && Enum.IsDefined(t)
                ? null : new Dictionary<string, string[]> { ["topic"] = ["topic phải là CenterCoordination, AgencyHandling, Regulation, OfficerConduct hoặc CenterManagement."] },
            body => (i, by, at, locality) => i.Classify(Enum.Parse<FeedbackTopic>(body.Topic!), string.IsNullOrWhiteSpace(body.AgencyId) ? null : body.AgencyId.Trim(), by, at, locality));
        item.MapAction<FeedbackEmptyBody>("/forwarding", "ForwardFeedback", "Chuyển cơ quan giải quyết (phản ánh về việc giải quyết hồ sơ, R34).",
            _ => null, _ => (i, by, at, _) => i.Forward(by, at));
        item.MapAction<FeedbackTextBody>("/information-request", "RequestFeedbackInformation", "Đề nghị người gửi bổ sung thông tin: text.",
            Required, body => (i, by, at, _) => i.RequestInformation(body.Text!.Trim(), by, at));
        item.MapAction<FeedbackTextBody>("/refusal", "RefuseFeedback", "Từ chối tiếp nhận, nêu lý do: text.",
            Required, body => (i, by, at, _) => i.Refuse(body.Text!.Trim(), by, at));
        item.MapAction<FeedbackTextBody>("/answer", "AnswerFeedback", "Trả lời bằng văn bản: text (đơn vị trả lời; cơ quan trả lời thì đồng gửi Trung tâm, R34).",
            Required, body => (i, by, at, locality) => i.AnswerWith(body.Text!.Trim(), by, at, locality));
        item.MapAction<FeedbackTextBody>("/publication", "PublishFeedback", "Công khai kết quả trả lời, đã xóa thông tin cá nhân: text (Trung tâm, R34).",
            Required, body => (i, by, at, locality) => i.Publish(body.Text!.Trim(), by, at, locality));
    }

    static IDictionary<string, string[]>? Required(FeedbackTextBody body) =>
        string.IsNullOrWhiteSpace(body.Text) ? new Dictionary<string, string[]> { ["text"] = ["Nhập nội dung (text)."] }
        : FormText.Problem(body.Text.Trim(), "Trường \"text\"", FeedbackItem.MaxTextLength, multiline: true) is { } problem ? new Dictionary<string, string[]> { ["text"] = [problem] }
        : null;

    static RouteHandlerBuilder WithBody<TBody>(this RouteHandlerBuilder endpoint) where TBody : class =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), null, cancellationToken);
            operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });

    static RouteHandlerBuilder MapAction<TBody>(this RouteGroupBuilder item, string pattern, string name, string summary,
        Func<TBody, IDictionary<string, string[]>?> problems, Func<TBody, Func<FeedbackItem, Actor, DateTimeOffset, Locality, Outcome>> act) where TBody : class =>
        item.MapPost(pattern, async (string code, HttpContext http, FeedbackDesk desk, CurrentOfficer officer, TimeProvider time) =>
            {
                var cancellationToken = http.RequestAborted;
                // Scope first: an officer outside the item's units learns nothing, not even what the body should be.
                if (await FindAsync(desk, code, officer, cancellationToken) is not { } found)
                    return new FeedbackActed.NotFound().ToProblem();
                var (body, invalid) = await OfficerEndpoints.ReadAsync<TBody>(http.Request, cancellationToken);
                if (invalid is not null)
                    return invalid.ToProblem();
                if (BodyText.Problems(body!) is { Count: > 0 } textProblems)
                    return TypedResults.ValidationProblem(textProblems, title: "Dữ liệu gửi lên không hợp lệ");
                if (problems(body!) is { Count: > 0 } bodyProblems)
                    return TypedResults.ValidationProblem(bodyProblems, title: "Dữ liệu gửi lên không hợp lệ");
                var (seen, badTag) = IfMatch(http.Request);
                if (badTag is not null)
                    return badTag;
                var acted = await desk.ActAsync(found, seen, act(body!), officer.Actor, cancellationToken);
                return acted is FeedbackActed.Done done ? Answer(http, desk, done.Item, officer, time) : acted.ToProblem();
            })
            .WithName(name)
            .WithSummary(summary)
            .WithBody<TBody>()
            .Produces<OfficerFeedbackDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    static Task<FeedbackItem?> FindAsync(FeedbackDesk desk, string code, CurrentOfficer officer, CancellationToken cancellationToken)
    {
        code = code.Trim().ToUpperInvariant();
        return code.Length is 0 or > FeedbackItem.MaxCodeLength ? Task.FromResult<FeedbackItem?>(null) : desk.FindAsync(code, officer.Actor, cancellationToken);
    }

    static IResult Answer(HttpContext http, FeedbackDesk desk, FeedbackItem item, CurrentOfficer officer, TimeProvider time, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ETag = OfficerEndpoints.ETag(desk.RowVersion(item));
        var dto = OfficerFeedbackDto.From(item, officer.Actor, time.GetUtcNow());
        return status == StatusCodes.Status201Created ? TypedResults.Created($"/api/v1/officer/feedback/{item.Code}", dto) : TypedResults.Ok(dto);
    }

    /// <summary>The row version the client read, from <c>If-Match: "n"</c>; none when the header is absent.</summary>
    static (int? Version, IResult? Problem) IfMatch(HttpRequest request) =>
        OfficerEndpoints.TryReadIfMatch(request, out var version)
            ? (version, null)
            : (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Tiêu đề If-Match phải là ETag của phản ánh, kiến nghị đã đọc, ví dụ \"3\"."] },
                title: "Dữ liệu gửi lên không hợp lệ"));

    static async Task<IResult> GetAsync(string code, HttpContext http, FeedbackDesk desk, CurrentOfficer officer, TimeProvider time) =>
        await FindAsync(desk, code, officer, http.RequestAborted) is { } item ? Answer(http, desk, item, officer, time) : new FeedbackActed.NotFound().ToProblem();

    static async Task<IResult> RecordAsync(HttpContext http, [FromHeader(Name = DossiersApi.IdempotencyHeader)] string? idempotencyKey,
        MotCuaDbContext db, FeedbackDesk desk, CurrentOfficer officer, TimeProvider time)
    {
        var cancellationToken = http.RequestAborted;
        if (idempotencyKey is not null && (idempotencyKey.Trim().Length == 0 || idempotencyKey.Length > 100 || idempotencyKey.Any(char.IsControl)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [DossiersApi.IdempotencyHeader] = ["Tiêu đề Idempotency-Key có từ 1 đến 100 ký tự, không có ký tự điều khiển (ví dụ một GUID)."],
            }, title: "Dữ liệu gửi lên không hợp lệ");
        var (body, invalid) = await OfficerEndpoints.ReadAsync<FeedbackIntakeBody>(http.Request, cancellationToken);
        if (invalid is not null)
            return invalid.ToProblem();
        var intake = new FeedbackIntake(body!.Channel, body.Topic, body.DossierCode, body.AgencyId, body.SenderName, body.SenderPhone, body.SenderEmail,
            body.SenderAddress, body.Subject, body.Text);
        var (parsed, errors) = await intake.ParseAsync(db, officer.Actor, cancellationToken);
        if (parsed is null)
            return TypedResults.ValidationProblem(errors.GroupBy(e => FieldErrors.Json(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "Dữ liệu gửi lên không hợp lệ");
        if (idempotencyKey is null)
        {
            var acted = await parsed.ReceiveAsync(desk, officer.Actor, cancellationToken);
            return acted is FeedbackActed.Done done ? Answer(http, desk, done.Item, officer, time, StatusCodes.Status201Created) : acted.ToProblem();
        }
        var once = await IntakeOnce.RecordAsync(db, desk, time, officer.Actor, idempotencyKey, parsed, cancellationToken);
        return once.Result switch
        {
            IntakeResult.Created => Answer(http, desk, once.Item!, officer, time, StatusCodes.Status201Created),
            IntakeResult.Replayed => Answer(http, desk, once.Item!, officer, time),
            IntakeResult.KeyReused => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key đã dùng cho yêu cầu khác",
                detail: "Khóa này đã được dùng trong 24 giờ qua để ghi nhận một phản ánh, kiến nghị với nội dung khác; mỗi phản ánh mới cần một khóa mới."),
            _ => once.Refusal!.ToProblem(),
        };
    }

    static async Task<IResult> ListAsync(HttpContext http, FeedbackDesk desk, CurrentOfficer officer, MotCuaDbContext db, LocalitySource localities, TimeProvider time,
        string? state = null, string? due = null, string? channel = null, string? topic = null, string? agencyId = null, int page = 1)
    {
        var errors = new Dictionary<string, string[]>();
        FeedbackState? s = null; FeedbackChannel? c = null; FeedbackTopic? t = null;
        if (state is not null && !(Enum.TryParse<FeedbackState>(state, out var ps) && Enum.IsDefined(ps) && (s = ps) is not null))
            errors["state"] = ["state phải là Received, Forwarded, AwaitingSender, Refused, Answered hoặc Published."];
        if (channel is not null && !(Enum.TryParse<FeedbackChannel>(channel, out var pc) && Enum.IsDefined(pc) && (c = pc) is not null))
            errors["channel"] = ["channel phải là Portal, Hotline, Email, SuggestionSlip, Switchboard, Officer hoặc Rating."];
        if (topic is not null && !(Enum.TryParse<FeedbackTopic>(topic, out var pt) && Enum.IsDefined(pt) && (t = pt) is not null))
            errors["topic"] = ["topic phải là CenterCoordination, AgencyHandling, Regulation, OfficerConduct hoặc CenterManagement."];
        if (due is not null and not ("late" or "soon" or "onTime"))
            errors["due"] = ["due phải là late, soon hoặc onTime."];
        if (agencyId is { Length: > 40 })
            errors["agencyId"] = ["agencyId tối đa 40 ký tự."];
        if (page < 1)
            errors["page"] = ["page bắt đầu từ 1."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Dữ liệu gửi lên không hợp lệ");
        var now = time.GetUtcNow();
        var calendar = (await localities.GetAsync(db, http.RequestAborted)).Calendar;
        var query = FeedbackDeskQuery.Filter(desk.InScope(officer.Actor).AsNoTracking(), s, c, t, agencyId,
            due switch { "late" => "tre", "soon" => "sap-den-han", "onTime" => "trong-han", _ => null }, now, calendar);
        var total = await query.CountAsync(http.RequestAborted);
        var items = await FeedbackDeskQuery.Page(query, page).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new OfficerFeedbackPage(total, page, FeedbackDeskQuery.PageSize, items.Select(i => OfficerFeedbackDto.From(i, officer.Actor, now)).ToList()));
    }
}
