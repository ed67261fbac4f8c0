using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>A proposal to replace an officer (R32) as the officers read it, with the actions they may take now.</summary>
public sealed record ReplacementProposalDto(int Id, string State, int SecondmentId, string OfficerId, string OfficerName, string AgencyId,
    string Ground, string Grounds, DateTimeOffset DraftedAt, string DraftedBy, DateTimeOffset? SentAt, string? SentBy, DateTimeOffset? AnsweredAt,
    string? AnsweredBy, string? DeclineReason, DateOnly? ReplacedOn, string? NewOfficerId, string? NewOfficerName, int? ReplacementSecondmentId,
    IReadOnlyList<string> AllowedActions)
{
    public static ReplacementProposalDto From(ReplacementProposal p, Actor by) => new(p.Id, p.State.ToString(), p.SecondmentId, p.OfficerId, p.OfficerName,
        p.AgencyId, p.Ground.ToString(), p.Grounds, p.DraftedAt, p.DraftedBy, p.SentAt, p.SentBy, p.AnsweredAt, p.AnsweredBy, p.DeclineReason, p.ReplacedOn,
        p.NewOfficerId, p.NewOfficerName, p.ReplacementId,
        Enum.GetValues<ReplacementCommand>().Where(c => p.WhyNot(c, by) is null).Select(c => c.ToString()).ToList());
}

/// <summary>An agency's request for the Center's opinion (R62) and the answer once given; allowedActions holds "Give" while the Center may answer.</summary>
public sealed record OpinionRequestDto(int Id, int SecondmentId, string OfficerId, string OfficerName, string AgencyId, string Matter, string Details,
    DateTimeOffset RequestedAt, string RequestedBy, bool? Agrees, string? Opinion, DateTimeOffset? GivenAt, string? GivenBy, IReadOnlyList<string> AllowedActions)
{
    public static OpinionRequestDto From(OpinionRequest o, Actor by) => new(o.Id, o.SecondmentId, o.OfficerId, o.OfficerName, o.AgencyId, o.Matter.ToString(),
        o.Details, o.RequestedAt, o.RequestedBy, o.Agrees, o.Opinion, o.GivenAt, o.GivenBy, o.WhyNotGive(by) is null ? ["Give"] : []);
}

/// <summary>A new draft: the secondment of the officer, the ground (RuleBreach, LowSatisfaction, TasksNotCompleted, Other) and what happened.</summary>
public sealed record ReplacementDraftBody(int? SecondmentId, string? Ground, string? Grounds);

/// <summary>The draft's ground and grounds as they should now read.</summary>
public sealed record ReplacementContentBody(string? Ground, string? Grounds);

/// <summary>Nothing to send but the row version in If-Match.</summary>
public sealed record ReplacementEmptyBody;

/// <summary>
/// The agency names its new officer: officerId (one of the agency's accounts), role (Primary, Backup), position (Staff, PlannedDeputyHead,
/// DeputyHead, Head), delegatedApproval, from (the day the new officer starts and the old one leaves), until (optional).
/// </summary>
public sealed record ReplacementAcceptBody(string? OfficerId, string? Role, string? Position, bool? DelegatedApproval, DateOnly? From, DateOnly? Until);

/// <summary>Why the agency keeps its officer.</summary>
public sealed record ReplacementDeclineBody(string? Reason);

/// <summary>A request for the Center's opinion: the secondment of the officer, the matter (Award, Discipline, Planning, Appointment) and what the agency intends.</summary>
public sealed record OpinionRequestBody(int? SecondmentId, string? Matter, string? Details);

/// <summary>The Center's opinion: agrees or not, and why.</summary>
public sealed record OpinionBody(bool? Agrees, string? Opinion);

/// <summary>
/// Replacement proposals (R32) and opinion requests (R62) in the officers' API, <c>/api/v1/officer/replacement-proposals</c> and
/// <c>/api/v1/officer/opinion-requests</c>: the Center's staff and director, and agencies' leaders for their own officers (anyone else:
/// 403). Each action goes through <see cref="ReplacementDesk"/>; the row version travels as the ETag and comes back in If-Match; every
/// failure is ProblemDetails (400, 403, 404, 409, 422 naming the rule).
/// </summary>
public static class ReplacementApi
{
    const string Invalid = "Dữ liệu gửi lên không hợp lệ";

    delegate Task<StaffingActed>? ProposalAct<in TBody>(TBody body, ReplacementDesk desk, ReplacementProposal proposal, int? seen, Actor by,
        List<FieldError> errors, CancellationToken cancellationToken);

    const string Forbidden = "Chỉ cán bộ, lãnh đạo Trung tâm và lãnh đạo cơ quan cử cán bộ làm việc với đề nghị thay thế và ý kiến về cán bộ (R32, R62).";

    public static void MapReplacementApi(this RouteGroupBuilder officer)
    {
        var proposals = officer.MapGroup("/replacement-proposals").OnlyFor(StaffingDesk.Sees, Forbidden);
        proposals.MapGet("", ListProposalsAsync)
            .WithName("ListReplacementProposals")
            .WithSummary("Đề nghị thay thế cán bộ trong phạm vi (Trung tâm: mọi đề nghị; cơ quan: đề nghị đã gửi đến), mới nhất trước; lọc theo state (Draft, Sent, Accepted, Declined).")
            .Produces<IReadOnlyList<ReplacementProposalDto>>()
            .ProducesValidationProblem();
        proposals.MapPost("", DraftAsync)
            .WithName("DraftReplacementProposal")
            .WithSummary("Trung tâm lập dự thảo đề nghị cơ quan thay thế cán bộ đang làm việc tại Trung tâm (R32).")
            .WithJsonBody<ReplacementDraftBody>()
            .Produces<ReplacementProposalDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var proposal = proposals.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        proposal.MapGet("", GetProposalAsync)
            .WithName("GetReplacementProposal")
            .WithSummary("Một đề nghị thay thế cán bộ, các thao tác được làm; ETag là phiên bản.")
            .Produces<ReplacementProposalDto>();
        proposal.MapGet("/document", DocumentAsync)
            .WithName("GetReplacementProposalDocument")
            .WithSummary("Văn bản đề nghị thay thế cán bộ (PDF) của đề nghị đã gửi, lưu nguyên trạng từ lần in đầu (R52).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        proposal.MapAction<ReplacementContentBody>("/content", "EditReplacementProposal", "Trung tâm sửa dự thảo: ground, grounds.",
            (body, desk, p, seen, by, errors, ct) =>
            {
                var ground = ReplacementInput.Ground(body.Ground, "ground", errors);
                var grounds = ReplacementInput.Text(body.Grounds, "grounds", "Lý do cụ thể", errors);
                return errors.Count > 0 ? null : desk.EditAsync(p, seen, ground!.Value, grounds, by, ct);
            });
        proposal.MapAction<ReplacementEmptyBody>("/sending", "SendReplacementProposal",
            "Trung tâm gửi đề nghị đến cơ quan: lưu nguyên trạng (R52), lãnh đạo cơ quan được thông báo.",
            (_, desk, p, seen, by, _, ct) => desk.SendAsync(p, seen, by, ct));
        proposal.MapAction<ReplacementAcceptBody>("/acceptance", "AcceptReplacementProposal",
            "Lãnh đạo cơ quan cử cán bộ thay thế: cán bộ mới được đề nghị để Trung tâm phê duyệt, cán bộ cũ thôi làm việc từ ngày from (R32).",
            (body, desk, p, seen, by, errors, ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.OfficerId))
                    errors.Add(new("officerId", "Nêu tài khoản cán bộ được cử thay (officerId)."));
                var role = ReplacementInput.Choice<SecondmentRole>(body.Role);
                if (role is null)
                    errors.Add(new("role", "role phải là Primary hoặc Backup."));
                var position = ReplacementInput.Choice<OfficerPosition>(body.Position);
                if (position is null)
                    errors.Add(new("position", "position phải là Staff, PlannedDeputyHead, DeputyHead hoặc Head."));
                if (body.From is null)
                    errors.Add(new("from", "Nêu ngày cán bộ được cử thay đến làm việc (from, yyyy-MM-dd)."));
                return errors.Count > 0
                    ? null
                    : desk.AcceptAsync(p, seen, new ReplacementAnswer(body.OfficerId!.Trim(), role!.Value, position!.Value, body.DelegatedApproval ?? false,
                        body.From!.Value, body.Until), by, ct);
            });
        proposal.MapAction<ReplacementDeclineBody>("/declining", "DeclineReplacementProposal", "Lãnh đạo cơ quan trả lời không thay thế cán bộ, nêu lý do (reason).",
            (body, desk, p, seen, by, errors, ct) =>
            {
                var reason = ReplacementInput.Text(body.Reason, "reason", "Lý do không thay thế", errors);
                return errors.Count > 0 ? null : desk.DeclineAsync(p, seen, reason, by, ct);
            });

        var opinions = officer.MapGroup("/opinion-requests").OnlyFor(StaffingDesk.Sees, Forbidden);
        opinions.MapGet("", ListOpinionsAsync)
            .WithName("ListOpinionRequests")
            .WithSummary("Đề nghị Trung tâm cho ý kiến về cán bộ (khen thưởng, kỷ luật, quy hoạch, bổ nhiệm) trong phạm vi, mới nhất trước (R62).")
            .Produces<IReadOnlyList<OpinionRequestDto>>();
        opinions.MapPost("", RequestOpinionAsync)
            .WithName("RequestOpinion")
            .WithSummary("Lãnh đạo cơ quan đề nghị Trung tâm cho ý kiến trước khi khen thưởng, kỷ luật, quy hoạch, bổ nhiệm cán bộ của cơ quan tại Trung tâm (R62).")
            .WithJsonBody<OpinionRequestBody>()
            .Produces<OpinionRequestDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var opinion = opinions.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        opinion.MapGet("", GetOpinionAsync)
            .WithName("GetOpinionRequest")
            .WithSummary("Một đề nghị cho ý kiến và ý kiến của Trung tâm (nếu đã có); ETag là phiên bản.")
            .Produces<OpinionRequestDto>();
        opinion.MapPost("/opinion", GiveOpinionAsync)
            .WithName("GiveOpinion")
            .WithSummary("Trung tâm cho ý kiến: agrees (đồng ý hay không) và opinion; ý kiến được lưu nguyên trạng, cơ quan được thông báo (R62).")
            .WithJsonBody<OpinionBody>()
            .Produces<OpinionRequestDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    static RouteHandlerBuilder MapAction<TBody>(this RouteGroupBuilder proposal, string pattern, string name, string summary, ProposalAct<TBody> act) where TBody : class =>
        proposal.MapPost(pattern, async (int id, HttpContext http, ReplacementDesk desk, CurrentOfficer officer) =>
            {
                var cancellationToken = http.RequestAborted;
                var by = officer.Actor;
                if (await desk.FindProposalAsync(id, by, cancellationToken) is not { } found)
                    return new StaffingActed.NotFound().ToProblem();
                var (body, unreadable) = await ReadAsync<TBody>(http);
                if (unreadable is not null)
                    return unreadable;
                var (seen, badTag) = IfMatch(http.Request);
                if (badTag is not null)
                    return badTag;
                var errors = new List<FieldError>();
                var acting = act(body, desk, found, seen, by, errors, cancellationToken);
                if (acting is null || errors.Count > 0)
                    return Problems(errors);
                var acted = await acting;
                return acted is StaffingActed.Done ? Answer(http, desk, found, by) : acted.ToProblem();
            })
            .WithName(name)
            .WithSummary(summary)
            .WithJsonBody<TBody>()
            .Produces<ReplacementProposalDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>The JSON body, or why it cannot be read (not JSON, a field of the wrong type, unprintable text).</summary>
    static async Task<(TBody Body, IResult? Problem)> ReadAsync<TBody>(HttpContext http) where TBody : class
    {
        var (body, invalid) = await OfficerEndpoints.ReadAsync<TBody>(http.Request, http.RequestAborted);
        if (invalid is not null)
            return (null!, invalid.ToProblem());
        return BodyText.Problems(body!) is { Count: > 0 } textProblems ? (null!, TypedResults.ValidationProblem(textProblems, title: Invalid)) : (body!, null);
    }

    static IResult Problems(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title: Invalid);

    static IResult Answer(HttpContext http, ReplacementDesk desk, ReplacementProposal proposal, Actor by, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ETag = OfficerEndpoints.ETag(desk.Staffing.RowVersion(proposal));
        var dto = ReplacementProposalDto.From(proposal, by);
        return status == StatusCodes.Status201Created ? TypedResults.Created($"/api/v1/officer/replacement-proposals/{proposal.Id}", dto) : TypedResults.Ok(dto);
    }

    static IResult Answer(HttpContext http, ReplacementDesk desk, OpinionRequest request, Actor by, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ETag = OfficerEndpoints.ETag(desk.Staffing.RowVersion(request));
        var dto = OpinionRequestDto.From(request, by);
        return status == StatusCodes.Status201Created ? TypedResults.Created($"/api/v1/officer/opinion-requests/{request.Id}", dto) : TypedResults.Ok(dto);
    }

    /// <summary>The row version the client read, from <c>If-Match: "n"</c>; none when the header is absent.</summary>
    static (int? Version, IResult? Problem) IfMatch(HttpRequest request) =>
        OfficerEndpoints.TryReadIfMatch(request, out var version)
            ? (version, null)
            : (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Tiêu đề If-Match phải là ETag của bản ghi đã đọc, ví dụ \"3\"."] },
                title: Invalid));

    /// <summary>A secondment outside the caller's scope is wrong input for a new record, not a missing resource.</summary>
    static IResult NewRecordProblem(StaffingActed acted) => acted is StaffingActed.NotFound
        ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["secondmentId"] = ["Không có cán bộ này trong danh sách cán bộ làm việc tại Trung tâm thuộc phạm vi của cán bộ."] },
            title: Invalid)
        : acted.ToProblem();

    static async Task<IResult> ListProposalsAsync(HttpContext http, ReplacementDesk desk, CurrentOfficer officer, string? state = null)
    {
        var query = desk.Proposals(officer.Actor).AsNoTracking();
        if (state is not null)
        {
            if (ReplacementInput.Choice<ReplacementState>(state) is not { } only)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["state phải là Draft, Sent, Accepted hoặc Declined."] }, title: Invalid);
            query = query.Where(p => p.State == only);
        }
        var list = await query.OrderByDescending(p => p.DraftedAt).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(list.Select(p => ReplacementProposalDto.From(p, officer.Actor)).ToList());
    }

    static async Task<IResult> DraftAsync(HttpContext http, ReplacementDesk desk, CurrentOfficer officer)
    {
        var (body, unreadable) = await ReadAsync<ReplacementDraftBody>(http);
        if (unreadable is not null)
            return unreadable;
        var errors = new List<FieldError>();
        if (body.SecondmentId is null)
            errors.Add(new("secondmentId", "Nêu cán bộ được đề nghị thay thế (secondmentId)."));
        var ground = ReplacementInput.Ground(body.Ground, "ground", errors);
        var grounds = ReplacementInput.Text(body.Grounds, "grounds", "Lý do cụ thể", errors);
        if (errors.Count > 0)
            return Problems(errors);
        var acted = await desk.DraftAsync(body.SecondmentId!.Value, ground!.Value, grounds, officer.Actor, http.RequestAborted);
        return acted is StaffingActed.Done { Record: ReplacementProposal made } ? Answer(http, desk, made, officer.Actor, StatusCodes.Status201Created) : NewRecordProblem(acted);
    }

    static async Task<IResult> GetProposalAsync(int id, HttpContext http, ReplacementDesk desk, CurrentOfficer officer) =>
        await desk.FindProposalAsync(id, officer.Actor, http.RequestAborted) is { } proposal
            ? Answer(http, desk, proposal, officer.Actor)
            : new StaffingActed.NotFound().ToProblem();

    static async Task<IResult> DocumentAsync(int id, HttpContext http, ReplacementDesk desk, ReplacementDocuments documents, CurrentOfficer officer)
    {
        if (await desk.FindProposalAsync(id, officer.Actor, http.RequestAborted) is not { } proposal)
            return new StaffingActed.NotFound().ToProblem();
        if (proposal.State == ReplacementState.Draft)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chưa có văn bản đề nghị",
                detail: $"Đề nghị số {proposal.Id} còn là dự thảo; văn bản có khi đề nghị đã gửi.");
        return TypedResults.File(await documents.GetAsync(proposal, http.RequestAborted), "application/pdf", $"de-nghi-thay-the-can-bo-{proposal.Id}.pdf");
    }

    static async Task<IResult> ListOpinionsAsync(HttpContext http, ReplacementDesk desk, CurrentOfficer officer)
    {
        var list = await desk.Opinions(officer.Actor).AsNoTracking().OrderByDescending(o => o.RequestedAt).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(list.Select(o => OpinionRequestDto.From(o, officer.Actor)).ToList());
    }

    static async Task<IResult> RequestOpinionAsync(HttpContext http, ReplacementDesk desk, CurrentOfficer officer)
    {
        var (body, unreadable) = await ReadAsync<OpinionRequestBody>(http);
        if (unreadable is not null)
            return unreadable;
        var errors = new List<FieldError>();
        if (body.SecondmentId is null)
            errors.Add(new("secondmentId", "Nêu cán bộ cần Trung tâm cho ý kiến (secondmentId)."));
        var matter = ReplacementInput.Matter(body.Matter, "matter", errors);
        var details = ReplacementInput.Text(body.Details, "details", "Nội dung dự kiến", errors);
        if (errors.Count > 0)
            return Problems(errors);
        var acted = await desk.RequestOpinionAsync(body.SecondmentId!.Value, matter!.Value, details, officer.Actor, http.RequestAborted);
        return acted is StaffingActed.Done { Record: OpinionRequest made } ? Answer(http, desk, made, officer.Actor, StatusCodes.Status201Created) : NewRecordProblem(acted);
    }

    static async Task<IResult> GetOpinionAsync(int id, HttpContext http, ReplacementDesk desk, CurrentOfficer officer) =>
        await desk.FindOpinionAsync(id, officer.Actor, http.RequestAborted) is { } request
            ? Answer(http, desk, request, officer.Actor)
            : new StaffingActed.NotFound().ToProblem();

    static async Task<IResult> GiveOpinionAsync(int id, HttpContext http, ReplacementDesk desk, CurrentOfficer officer)
    {
        var by = officer.Actor;
        if (await desk.FindOpinionAsync(id, by, http.RequestAborted) is not { } request)
            return new StaffingActed.NotFound().ToProblem();
        var (body, unreadable) = await ReadAsync<OpinionBody>(http);
        if (unreadable is not null)
            return unreadable;
        var (seen, badTag) = IfMatch(http.Request);
        if (badTag is not null)
            return badTag;
        var errors = new List<FieldError>();
        if (body.Agrees is null)
            errors.Add(new("agrees", "Nêu Trung tâm đồng ý (true) hay không đồng ý (false)."));
        var opinion = ReplacementInput.Text(body.Opinion, "opinion", "Ý kiến của Trung tâm", errors);
        if (errors.Count > 0)
            return Problems(errors);
        var acted = await desk.GiveOpinionAsync(request, seen, body.Agrees!.Value, opinion, by, http.RequestAborted);
        return acted is StaffingActed.Done ? Answer(http, desk, request, by) : acted.ToProblem();
    }
}
