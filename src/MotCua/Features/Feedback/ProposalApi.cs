using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>A proposal to change a regulation as the Center's officers read it, with the actions they may take now.</summary>
public sealed record ProposalDto(string Code, string State, string Title, string? ProcedureCode, string AddressedTo, string Text,
    IReadOnlyList<string> ItemCodes, DateTimeOffset DraftedAt, string DraftedBy, DateTimeOffset? SentAt, string? SentBy, IReadOnlyList<string> AllowedActions)
{
    public static ProposalDto From(RegulationProposal p, Actor by) => new(p.Code, p.State.ToString(), p.Title, p.ProcedureCode, p.AddressedTo, p.Text,
        p.ItemCodes, p.DraftedAt, p.DraftedBy, p.SentAt, p.SentBy,
        Enum.GetValues<ProposalCommand>().Where(c => p.WhyNot(c, by) is null).Select(c => c.ToString()).ToList());
}

/// <summary>An item about a regulation that no proposal holds yet, with the procedure of its dossier where known.</summary>
public sealed record WaitingItemDto(string Code, string Subject, string State, DateTimeOffset ReceivedAt, string? DossierCode, string? ProcedureCode, string? ProcedureName);

/// <summary>A new draft: the regulation or procedure it concerns (title, and procedureCode from the catalog), addressee, text, and the feedback codes it aggregates.</summary>
public sealed record ProposalDraftBody(string? Title, string? ProcedureCode, string? AddressedTo, string? Text, IReadOnlyList<string?>? Items);

/// <summary>The draft's title, procedureCode, addressedTo and text as they should now read (each replaces the stored one).</summary>
public sealed record ProposalContentBody(string? Title, string? ProcedureCode, string? AddressedTo, string? Text);

/// <summary>Feedback codes to add to or remove from a draft.</summary>
public sealed record ProposalItemsBody(IReadOnlyList<string?>? Items);

/// <summary>Nothing to send but the row version in If-Match.</summary>
public sealed record ProposalEmptyBody;

/// <summary>
/// Proposals to change a regulation in the officers' API, <c>/api/v1/officer/feedback-proposals</c> (R34): the Center's staff and
/// director only (anyone else: 403). Each action goes through <see cref="ProposalDesk"/>; the row version travels as the ETag
/// and comes back in If-Match; every failure is ProblemDetails (400, 403, 404, 409, 422 naming the rule).
/// </summary>
public static class ProposalApi
{
    public static void MapProposalApi(this RouteGroupBuilder officer)
    {
        var proposals = officer.MapGroup("/feedback-proposals")
            .AddEndpointFilter(async (context, next) =>
                ProposalDesk.Sees(context.HttpContext.RequestServices.GetRequiredService<CurrentOfficer>().Actor)
                    ? await next(context)
                    : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền",
                        detail: "Chỉ cán bộ, lãnh đạo Trung tâm tổng hợp kiến nghị về quy định hành chính (R34)."));
        proposals.MapGet("", ListAsync)
            .WithName("ListFeedbackProposals")
            .WithSummary("Kiến nghị về quy định hành chính của Trung tâm, mới nhất trước; lọc theo state (Draft, Sent).")
            .Produces<IReadOnlyList<ProposalDto>>()
            .ProducesValidationProblem();
        proposals.MapGet("/waiting-items", WaitingAsync)
            .WithName("ListFeedbackAwaitingProposal")
            .WithSummary("Phản ánh, kiến nghị về quy định hành chính chưa tổng hợp vào kiến nghị nào, kèm thủ tục của hồ sơ (nếu có).")
            .Produces<IReadOnlyList<WaitingItemDto>>();
        proposals.MapPost("", DraftAsync)
            .WithName("DraftFeedbackProposal")
            .WithSummary("Lập dự thảo kiến nghị từ các phản ánh, kiến nghị về quy định hành chính (items) của Trung tâm.")
            .WithJsonBody<ProposalDraftBody>()
            .Produces<ProposalDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var proposal = proposals.MapGroup("/{code}").ProducesProblem(StatusCodes.Status404NotFound);
        proposal.MapGet("", GetAsync)
            .WithName("GetFeedbackProposal")
            .WithSummary("Một kiến nghị: nội dung, các phản ánh được tổng hợp, các thao tác được làm; ETag là phiên bản.")
            .Produces<ProposalDto>();
        proposal.MapGet("/document", DocumentAsync)
            .WithName("GetFeedbackProposalDocument")
            .WithSummary("Văn bản kiến nghị (PDF) của kiến nghị đã gửi, lưu nguyên trạng từ lần in đầu (R52).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        proposal.MapAction<ProposalContentBody>("/content", "EditFeedbackProposal", "Sửa dự thảo: title, procedureCode, addressedTo, text.",
            async (body, db, cancellationToken) =>
            {
                var (parsed, errors) = await new ProposalInput(body.Title, body.ProcedureCode, body.AddressedTo, body.Text).ParseAsync(db, cancellationToken);
                return parsed is null
                    ? Prepared.Invalid(Errors(errors))
                    : Prepared.To([], (p, _, by, _) => p.Edit(parsed.Title, parsed.ProcedureCode, parsed.AddressedTo, parsed.Text, by));
            });
        proposal.MapAction<ProposalItemsBody>("/items", "AddFeedbackToProposal", "Thêm phản ánh, kiến nghị (items) vào dự thảo.",
            (body, _, _) => Task.FromResult(ProposalDesk.Codes(body.Items) is { Count: > 0 } codes
                ? Prepared.To(codes, (p, items, by, _) => p.Add(items, by))
                : ItemsMissing()));
        proposal.MapAction<ProposalItemsBody>("/item-removal", "RemoveFeedbackFromProposal", "Bỏ phản ánh, kiến nghị (items) khỏi dự thảo.",
            (body, _, _) => Task.FromResult(ProposalDesk.Codes(body.Items) is { Count: > 0 } codes
                ? Prepared.To(codes, (p, items, by, _) => items.Aggregate(Outcome.Ok, (done, item) => done.Succeeded ? p.Remove(item, by) : done))
                : ItemsMissing()));
        proposal.MapAction<ProposalEmptyBody>("/sending", "SendFeedbackProposal",
            "Gửi kiến nghị: cần nội dung, nơi nhận và ít nhất một phản ánh; mỗi phản ánh ghi nhận đã tổng hợp và vẫn được trả lời người gửi (R34).",
            (_, _, _) => Task.FromResult(Prepared.To(null, (p, items, by, at) => p.Send(items, by, at))));
    }

    /// <summary>What an action's body came to: field errors, or the items to load (null: the proposal's own) and the act.</summary>
    sealed record Prepared(IDictionary<string, string[]>? Errors, IReadOnlyList<string>? Items, Func<RegulationProposal, IReadOnlyList<FeedbackItem>, Actor, DateTimeOffset, Outcome>? Act)
    {
        public static Prepared Invalid(IDictionary<string, string[]> errors) => new(errors, null, null);

        public static Prepared To(IReadOnlyList<string>? items, Func<RegulationProposal, IReadOnlyList<FeedbackItem>, Actor, DateTimeOffset, Outcome> act) => new(null, items, act);
    }

    delegate Task<Prepared> Prepare<in TBody>(TBody body, MotCuaDbContext db, CancellationToken cancellationToken);

    static RouteHandlerBuilder MapAction<TBody>(this RouteGroupBuilder proposal, string pattern, string name, string summary, Prepare<TBody> prepare) where TBody : class =>
        proposal.MapPost(pattern, async (string code, HttpContext http, MotCuaDbContext db, ProposalDesk desk, CurrentOfficer officer) =>
            {
                var cancellationToken = http.RequestAborted;
                if (await desk.FindAsync(code, officer.Actor, cancellationToken) is not { } found)
                    return new ProposalActed.NotFound().ToProblem();
                var (body, invalid) = await OfficerEndpoints.ReadAsync<TBody>(http.Request, cancellationToken);
                if (invalid is not null)
                    return invalid.ToProblem();
                if (BodyText.Problems(body!) is { Count: > 0 } textProblems)
                    return TypedResults.ValidationProblem(textProblems, title: "Dữ liệu gửi lên không hợp lệ");
                var (errors, items, act) = await prepare(body!, db, cancellationToken);
                if (errors is not null)
                    return TypedResults.ValidationProblem(errors, title: "Dữ liệu gửi lên không hợp lệ");
                var (seen, badTag) = IfMatch(http.Request);
                if (badTag is not null)
                    return badTag;
                var by = officer.Actor;
                var acted = await desk.ActAsync(found, seen, items ?? found.ItemCodes, (p, loaded, at) => act!(p, loaded, by, at), by, cancellationToken);
                return acted is ProposalActed.Done done ? Answer(http, desk, done.Proposal, by) : acted.ToProblem();
            })
            .WithName(name)
            .WithSummary(summary)
            .WithJsonBody<TBody>()
            .Produces<ProposalDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    static Prepared ItemsMissing() => Prepared.Invalid(new Dictionary<string, string[]> { ["items"] = ["Nêu mã các phản ánh, kiến nghị (items)."] });

    static IDictionary<string, string[]> Errors(IReadOnlyList<Domain.Dossiers.FieldError> errors) =>
        errors.GroupBy(e => FieldErrors.Json(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    static IResult Answer(HttpContext http, ProposalDesk desk, RegulationProposal proposal, Actor by, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ETag = OfficerEndpoints.ETag(desk.RowVersion(proposal));
        var dto = ProposalDto.From(proposal, by);
        return status == StatusCodes.Status201Created ? TypedResults.Created($"/api/v1/officer/feedback-proposals/{proposal.Code}", dto) : TypedResults.Ok(dto);
    }

    /// <summary>The row version the client read, from <c>If-Match: "n"</c>; none when the header is absent.</summary>
    static (int? Version, IResult? Problem) IfMatch(HttpRequest request) =>
        OfficerEndpoints.TryReadIfMatch(request, out var version)
            ? (version, null)
            : (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Tiêu đề If-Match phải là ETag của kiến nghị đã đọc, ví dụ \"3\"."] },
                title: "Dữ liệu gửi lên không hợp lệ"));

    static async Task<IResult> ListAsync(HttpContext http, ProposalDesk desk, CurrentOfficer officer, string? state = null)
    {
        ProposalState? s = null;
        if (state is not null)
        {
            if (!Enum.TryParse<ProposalState>(state, out var parsed) || !Enum.IsDefined(parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["state phải là Draft hoặc Sent."] }, title: "Dữ liệu gửi lên không hợp lệ");
            s = parsed;
        }
        var query = desk.InScope(officer.Actor).AsNoTracking();
        if (s is { } only)
            query = query.Where(p => p.State == only);
        var list = await query.OrderByDescending(p => p.DraftedAt).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(list.Select(p => ProposalDto.From(p, officer.Actor)).ToList());
    }

    static async Task<IResult> WaitingAsync(HttpContext http, ProposalDesk desk, CurrentOfficer officer)
    {
        var items = await desk.Waiting(officer.Actor).AsNoTracking().OrderBy(f => f.ReceivedAt).ToListAsync(http.RequestAborted);
        var procedures = await desk.ProceduresAsync(items, http.RequestAborted);
        return TypedResults.Ok(items.Select(f => procedures.TryGetValue(f.Code, out var p)
            ? new WaitingItemDto(f.Code, f.Subject, f.State.ToString(), f.ReceivedAt, f.DossierCode?.ToString(), p.Code, p.Name)
            : new WaitingItemDto(f.Code, f.Subject, f.State.ToString(), f.ReceivedAt, f.DossierCode?.ToString(), null, null)).ToList());
    }

    static async Task<IResult> GetAsync(string code, HttpContext http, ProposalDesk desk, CurrentOfficer officer) =>
        await desk.FindAsync(code, officer.Actor, http.RequestAborted) is { } proposal
            ? Answer(http, desk, proposal, officer.Actor)
            : new ProposalActed.NotFound().ToProblem();

    static async Task<IResult> DocumentAsync(string code, HttpContext http, ProposalDesk desk, ProposalDocuments documents, CurrentOfficer officer)
    {
        if (await desk.FindAsync(code, officer.Actor, http.RequestAborted) is not { } proposal)
            return new ProposalActed.NotFound().ToProblem();
        if (proposal.State != ProposalState.Sent)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chưa có văn bản kiến nghị",
                detail: $"Kiến nghị {proposal.Code} còn là dự thảo; văn bản có khi kiến nghị đã gửi.");
        return TypedResults.File(await documents.GetAsync(proposal, http.RequestAborted), "application/pdf", $"kien-nghi-{proposal.Code}.pdf");
    }

    static async Task<IResult> DraftAsync(HttpContext http, MotCuaDbContext db, ProposalDesk desk, CurrentOfficer officer)
    {
        var cancellationToken = http.RequestAborted;
        var (body, invalid) = await OfficerEndpoints.ReadAsync<ProposalDraftBody>(http.Request, cancellationToken);
        if (invalid is not null)
            return invalid.ToProblem();
        if (BodyText.Problems(body!) is { Count: > 0 } textProblems)
            return TypedResults.ValidationProblem(textProblems, title: "Dữ liệu gửi lên không hợp lệ");
        var (parsed, errors) = await new ProposalInput(body!.Title, body.ProcedureCode, body.AddressedTo, body.Text).ParseAsync(db, cancellationToken);
        if (parsed is null)
            return TypedResults.ValidationProblem(Errors(errors), title: "Dữ liệu gửi lên không hợp lệ");
        var acted = await desk.DraftAsync(parsed.Title, parsed.ProcedureCode, parsed.AddressedTo, parsed.Text, ProposalDesk.Codes(body.Items), officer.Actor, cancellationToken);
        return acted is ProposalActed.Done done ? Answer(http, desk, done.Proposal, officer.Actor, StatusCodes.Status201Created) : acted.ToProblem();
    }
}
