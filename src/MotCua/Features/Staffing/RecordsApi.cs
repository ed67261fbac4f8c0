using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>An asset handed to a seconded officer (R69), with the actions the caller may take now (TakeOver, HandBack).</summary>
public sealed record AssetHandoverDto(int Id, int SecondmentId, string OfficerId, string OfficerName, string AgencyId, int? CounterId, string Kind,
    string ItemName, string AssetCode, string Condition, string State, DateTimeOffset HandedAt, string HandedBy, DateTimeOffset? TakenOverAt,
    string? TakenOverBy, DateTimeOffset? ReturnedAt, string? ReturnedTo, string? ReturnCondition, IReadOnlyList<string> AllowedActions)
{
    public static AssetHandoverDto Of(AssetHandover h, Actor by) => new(h.Id, h.SecondmentId, h.OfficerId, h.OfficerName, h.AgencyId, h.CounterId,
        h.Kind.ToString(), h.ItemName, h.AssetCode, h.Condition, h.State.ToString(), h.HandedAt, h.HandedBy, h.TakenOverAt, h.TakenOverBy,
        h.ReturnedAt, h.ReturnedTo, h.ReturnCondition,
        [.. h.WhyNotTakeOver(by) is null ? ["TakeOver"] : Array.Empty<string>(), .. h.WhyNotHandBack(by) is null ? ["HandBack"] : Array.Empty<string>()]);
}

/// <summary>A uniform issued or proposed for an officer (R69); recorded once, never changed.</summary>
public sealed record UniformIssueDto(int Id, int SecondmentId, string OfficerName, string AgencyId, string Action, string Items, DateOnly On,
    DateTimeOffset RecordedAt, string RecordedBy)
{
    public static UniformIssueDto Of(UniformIssue u) => new(u.Id, u.SecondmentId, u.OfficerName, u.AgencyId, u.Action.ToString(), u.Items, u.On, u.RecordedAt, u.RecordedBy);
}

/// <summary>An officer serving today who has no uniform issue this year, where the Center issues them yearly (R69).</summary>
public sealed record UniformDueDto(int SecondmentId, string OfficerName, string AgencyId, int Year);

/// <summary>A training in an officer's records (R70): how it came about and who organised it; RecordResult once it ended.</summary>
public sealed record TrainingRecordDto(int Id, int SecondmentId, string OfficerName, string AgencyId, string Course, string Arrangement, string Organiser,
    DateOnly From, DateOnly To, string? Result, string? Certificate, DateTimeOffset RecordedAt, string RecordedBy, IReadOnlyList<string> AllowedActions)
{
    public static TrainingRecordDto Of(TrainingRecord t, Actor by, DateOnly today) => new(t.Id, t.SecondmentId, t.OfficerName, t.AgencyId, t.Course,
        t.Arrangement.ToString(), t.Organiser, t.From, t.To, t.Result, t.Certificate, t.RecordedAt, t.RecordedBy,
        t.WhyNotRecordResult(today, by) is null ? ["RecordResult"] : []);
}

/// <summary>An award in an officer's records (R70): proposed by the Center, or given with its decision; Grant while proposed.</summary>
public sealed record AwardRecordDto(int Id, int SecondmentId, string OfficerName, string AgencyId, string Title, string Reason, string State,
    string? Proposal, DateOnly? ProposedOn, string? Decision, DateOnly? DecidedOn, DateTimeOffset RecordedAt, string RecordedBy, IReadOnlyList<string> AllowedActions)
{
    public static AwardRecordDto Of(AwardRecord a, Actor by) => new(a.Id, a.SecondmentId, a.OfficerName, a.AgencyId, a.Title, a.Reason, a.State.ToString(),
        a.Proposal, a.ProposedOn, a.Decision, a.DecidedOn, a.RecordedAt, a.RecordedBy, a.WhyNotGrant(by) is null ? ["Grant"] : []);
}

/// <summary>Nothing to send but the row version in If-Match.</summary>
public sealed record RecordsEmptyBody;

/// <summary>
/// Seconded officers' records in the officers' API (R69, R70): <c>/asset-handovers</c>, <c>/uniform-issues</c>, <c>/training-records</c>,
/// <c>/award-records</c>. The Center records; an agency's leader reads its officers'; a counter's officer reads their own and confirms
/// taking an asset over; anyone else gets 403. Each record's row version travels as the ETag and comes back in If-Match; every failure is
/// ProblemDetails (400 with field errors, 404 outside the caller's scope, 409, 422 naming the rule).
/// </summary>
public static class RecordsApi
{
    const string InvalidTitle = "Dữ liệu gửi lên không hợp lệ";

    public static void MapRecordsApi(this RouteGroupBuilder officer)
    {
        var handovers = Group(officer, "/asset-handovers");
        handovers.MapGet("", async (HttpContext http, RecordsDesk desk, CurrentOfficer me, string? secondmentId = null, bool? outstanding = null) =>
            {
                if (Filter(secondmentId) is { Problem: { } bad })
                    return bad;
                var query = desk.Handovers(me.Actor).AsNoTracking();
                if (Filter(secondmentId).Id is { } id)
                    query = query.Where(h => h.SecondmentId == id);
                if (outstanding == true)
                    query = query.Where(h => h.ReturnedAt == null);
                var list = await query.OrderByDescending(h => h.HandedAt).ToListAsync(http.RequestAborted);
                return TypedResults.Ok(list.Select(h => AssetHandoverDto.Of(h, me.Actor)).ToList());
            })
            .WithName("ListAssetHandovers")
            .WithSummary("Tài sản, thiết bị đã bàn giao cho cán bộ (R69), mới nhất trước; lọc theo secondmentId, outstanding=true: chưa bàn giao lại.")
            .Produces<List<AssetHandoverDto>>()
            .ProducesValidationProblem();
        handovers.MapCreate<HandoverForm>("HandAssetToOfficer", "Bàn giao tài sản cho cán bộ: secondmentId, kind (Computer, Scanner, Printer, Phone, Other), itemName, assetCode, condition.",
            (form, r) =>
            {
                var (kind, item, code, condition) = form.Read(r);
                return (desk, secondment, by, ct) => desk.HandAsync(secondment, kind, item, code, condition, by, ct);
            },
            (record, by, _) => AssetHandoverDto.Of((AssetHandover)record, by), "asset-handovers")
            .Produces<AssetHandoverDto>(StatusCodes.Status201Created);
        var handover = handovers.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        handover.MapGet("", async (int id, HttpContext http, RecordsDesk desk, CurrentOfficer me) =>
                await desk.Handovers(me.Actor).FirstOrDefaultAsync(h => h.Id == id, http.RequestAborted) is { } h
                    ? Answer(http, desk, h, AssetHandoverDto.Of(h, me.Actor))
                    : new StaffingActed.NotFound().ToProblem())
            .WithName("GetAssetHandover")
            .WithSummary("Một lần bàn giao tài sản; ETag là phiên bản.")
            .Produces<AssetHandoverDto>();
        handover.MapAct<AssetHandover, RecordsEmptyBody>("/take-over", "TakeOverAsset",
            "Cán bộ xác nhận nhận bàn giao tài sản (R69): chỉ cán bộ được giao.",
            (desk, by) => desk.Handovers(by), (_, _, _, by) => (h, at) => h.TakeOver(by, at), (h, by, _) => AssetHandoverDto.Of(h, by))
            .Produces<AssetHandoverDto>();
        handover.MapAct<AssetHandover, HandBackForm>("/hand-back", "HandBackAsset",
            "Trung tâm nhận lại tài sản từ cán bộ, ghi tình trạng (condition) (R69).",
            (desk, by) => desk.Handovers(by), (form, r, _, by) => { var condition = form.Read(r); return (h, at) => h.HandBack(condition, by, at); },
            (h, by, _) => AssetHandoverDto.Of(h, by))
            .Produces<AssetHandoverDto>();

        var uniforms = Group(officer, "/uniform-issues");
        uniforms.MapGet("", async (HttpContext http, RecordsDesk desk, CurrentOfficer me, string? secondmentId = null) =>
            {
                if (Filter(secondmentId) is { Problem: { } bad })
                    return bad;
                var query = desk.Uniforms(me.Actor).AsNoTracking();
                if (Filter(secondmentId).Id is { } id)
                    query = query.Where(u => u.SecondmentId == id);
                var list = await query.OrderByDescending(u => u.On).ToListAsync(http.RequestAborted);
                return TypedResults.Ok(list.Select(UniformIssueDto.Of).ToList());
            })
            .WithName("ListUniformIssues")
            .WithSummary("Đồng phục đã cấp phát hoặc đề xuất may cho cán bộ (R69), mới nhất trước; lọc theo secondmentId.")
            .Produces<List<UniformIssueDto>>()
            .ProducesValidationProblem();
        uniforms.MapGet("/due", async (HttpContext http, RecordsDesk desk, CurrentOfficer me) =>
            {
                var (_, today) = await desk.TodayAsync(http.RequestAborted);
                var due = await desk.WithoutUniformAsync(me.Actor, http.RequestAborted);
                return TypedResults.Ok(due.Select(s => new UniformDueDto(s.Id, s.OfficerName, s.AgencyId, today.Year)).ToList());
            })
            .WithName("ListOfficersDueUniform")
            .WithSummary("Nơi Trung tâm cấp phát đồng phục hằng năm: cán bộ đang làm việc chưa được cấp phát năm nay (R69); nơi khác: danh sách rỗng.")
            .Produces<List<UniformDueDto>>();
        uniforms.MapCreate<UniformForm>("RecordUniformIssue",
            "Ghi cấp phát (action: Issue, nơi Trung tâm cấp hằng năm) hoặc đề xuất may đồng phục (Proposal, nơi Trung tâm đề xuất): secondmentId, items, on (yyyy-MM-dd).",
            (form, r) =>
            {
                var (action, items, on) = form.Read(r);
                return (desk, secondment, by, ct) => desk.UniformAsync(secondment, action, items, on, by, ct);
            },
            (record, _, _) => UniformIssueDto.Of((UniformIssue)record), "uniform-issues")
            .Produces<UniformIssueDto>(StatusCodes.Status201Created);

        var trainings = Group(officer, "/training-records");
        trainings.MapGet("", async (HttpContext http, RecordsDesk desk, CurrentOfficer me, string? secondmentId = null) =>
            {
                if (Filter(secondmentId) is { Problem: { } bad })
                    return bad;
                var (_, today) = await desk.TodayAsync(http.RequestAborted);
                var query = desk.Trainings(me.Actor).AsNoTracking();
                if (Filter(secondmentId).Id is { } id)
                    query = query.Where(t => t.SecondmentId == id);
                var list = await query.OrderByDescending(t => t.From).ToListAsync(http.RequestAborted);
                return TypedResults.Ok(list.Select(t => TrainingRecordDto.Of(t, me.Actor, today)).ToList());
            })
            .WithName("ListTrainingRecords")
            .WithSummary("Đào tạo, bồi dưỡng của cán bộ (R70), mới nhất trước; lọc theo secondmentId.")
            .Produces<List<TrainingRecordDto>>()
            .ProducesValidationProblem();
        trainings.MapCreate<TrainingForm>("RecordTraining",
            "Ghi nhận đào tạo, bồi dưỡng: secondmentId, course, arrangement (CenterOrganised, CenterProposed, AgencyReported; nơi cơ quan tự đào tạo chỉ AgencyReported), organiser, from, to.",
            (form, r) =>
            {
                var (course, arrangement, organiser, from, to) = form.Read(r);
                return (desk, secondment, by, ct) => desk.TrainingAsync(secondment, course, arrangement, organiser, from, to, by, ct);
            },
            (record, by, today) => TrainingRecordDto.Of((TrainingRecord)record, by, today), "training-records")
            .Produces<TrainingRecordDto>(StatusCodes.Status201Created);
        var training = trainings.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        training.MapGet("", async (int id, HttpContext http, RecordsDesk desk, CurrentOfficer me) =>
            {
                var (_, today) = await desk.TodayAsync(http.RequestAborted);
                return await desk.Trainings(me.Actor).FirstOrDefaultAsync(t => t.Id == id, http.RequestAborted) is { } t
                    ? Answer(http, desk, t, TrainingRecordDto.Of(t, me.Actor, today))
                    : new StaffingActed.NotFound().ToProblem();
            })
            .WithName("GetTrainingRecord")
            .WithSummary("Một khóa đào tạo, bồi dưỡng của cán bộ; ETag là phiên bản.")
            .Produces<TrainingRecordDto>();
        training.MapAct<TrainingRecord, TrainingResultForm>("/result", "RecordTrainingResult",
            "Ghi kết quả (result) và chứng chỉ (certificate) khi khóa đào tạo đã kết thúc (R70).",
            (desk, by) => desk.Trainings(by),
            (form, r, today, by) => { var (result, certificate) = form.Read(r); return (t, at) => t.RecordResult(result, certificate, today, by, at); },
            (t, by, today) => TrainingRecordDto.Of(t, by, today))
            .Produces<TrainingRecordDto>();

        var awards = Group(officer, "/award-records");
        awards.MapGet("", async (HttpContext http, RecordsDesk desk, CurrentOfficer me, string? secondmentId = null) =>
            {
                if (Filter(secondmentId) is { Problem: { } bad })
                    return bad;
                var query = desk.Awards(me.Actor).AsNoTracking();
                if (Filter(secondmentId).Id is { } id)
                    query = query.Where(a => a.SecondmentId == id);
                var list = await query.OrderByDescending(a => a.RecordedAt).ToListAsync(http.RequestAborted);
                return TypedResults.Ok(list.Select(a => AwardRecordDto.Of(a, me.Actor)).ToList());
            })
            .WithName("ListAwardRecords")
            .WithSummary("Khen thưởng của cán bộ (R70): Trung tâm đề xuất hoặc đã khen thưởng; lọc theo secondmentId.")
            .Produces<List<AwardRecordDto>>()
            .ProducesValidationProblem();
        awards.MapCreate<AwardForm>("RecordAward",
            "Trung tâm đề xuất khen thưởng (state: Proposed, reference: tờ trình) hoặc ghi nhận khen thưởng đã có (Given, reference: quyết định): secondmentId, title, reason, on.",
            (form, r) =>
            {
                var (state, title, reason, reference, on) = form.Read(r);
                return (desk, secondment, by, ct) => desk.AwardAsync(secondment, state, title, reason, reference, on, by, ct);
            },
            (record, by, _) => AwardRecordDto.Of((AwardRecord)record, by), "award-records")
            .Produces<AwardRecordDto>(StatusCodes.Status201Created);
        var award = awards.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        award.MapGet("", async (int id, HttpContext http, RecordsDesk desk, CurrentOfficer me) =>
                await desk.Awards(me.Actor).FirstOrDefaultAsync(a => a.Id == id, http.RequestAborted) is { } a
                    ? Answer(http, desk, a, AwardRecordDto.Of(a, me.Actor))
                    : new StaffingActed.NotFound().ToProblem())
            .WithName("GetAwardRecord")
            .WithSummary("Một khen thưởng của cán bộ; ETag là phiên bản.")
            .Produces<AwardRecordDto>();
        award.MapAct<AwardRecord, GrantForm>("/grant", "GrantAward",
            "Ghi quyết định khen thưởng (decision, on) cho khen thưởng Trung tâm đã đề xuất (R70).",
            (desk, by) => desk.Awards(by),
            (form, r, today, by) => { var (decision, on) = form.Read(r); return (a, at) => a.Grant(decision, on, today, by, at); },
            (a, by, _) => AwardRecordDto.Of(a, by))
            .Produces<AwardRecordDto>();
    }

    static RouteGroupBuilder Group(RouteGroupBuilder officer, string prefix) =>
        officer.MapGroup(prefix).OnlyFor(RecordsDesk.Sees,
            "Hồ sơ cán bộ được cử đến Trung tâm do Trung tâm ghi; lãnh đạo cơ quan xem hồ sơ cán bộ của cơ quan, cán bộ xem hồ sơ của mình (R69, R70).");

    /// <summary>The <c>secondmentId</c> filter of a list, when given.</summary>
    static (int? Id, IResult? Problem) Filter(string? secondmentId) =>
        secondmentId is null ? (null, null)
        : int.TryParse(secondmentId, out var id) && id > 0 ? (id, null)
        : (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["secondmentId"] = ["secondmentId phải là mã số (số nguyên dương) của cán bộ được cử."] }, title: InvalidTitle));

    delegate Task<StaffingActed> Create(RecordsDesk desk, Secondment officer, Actor by, CancellationToken cancellationToken);

    static RouteHandlerBuilder MapCreate<TForm>(this RouteGroupBuilder group, string name, string summary, Func<TForm, FieldReader, Create> read,
        Func<object, Actor, DateOnly, object> dto, string path) where TForm : class, IOfficerForm =>
        group.MapPost("", async (HttpContext http, RecordsDesk desk, CurrentOfficer me) =>
            {
                var cancellationToken = http.RequestAborted;
                var (body, invalid) = await OfficerEndpoints.ReadAsync<TForm>(http.Request, cancellationToken);
                if (invalid is not null)
                    return invalid.ToProblem();
                var reader = new FieldReader();
                var secondmentId = reader.Id(nameof(IOfficerForm.SecondmentId), body!.SecondmentId, "cán bộ được cử (secondmentId)");
                var create = read(body, reader);
                if (reader.Errors.Count > 0)
                    return Invalid(reader.Errors);
                if (await desk.OfficerAsync(secondmentId, me.Actor, cancellationToken) is not { } secondment)
                    return new StaffingActed.NotFound().ToProblem();
                var acted = await create(desk, secondment, me.Actor, cancellationToken);
                if (acted is not StaffingActed.Done done)
                    return acted.ToProblem();
                var (_, today) = await desk.TodayAsync(cancellationToken);
                http.Response.Headers.ETag = OfficerEndpoints.ETag(desk.Staffing.RowVersion(done.Record));
                var id = desk.Id(done.Record);
                return TypedResults.Created($"{ApiPrefix}/{path}/{id}", dto(done.Record, me.Actor, today));
            })
            .WithName(name)
            .WithSummary(summary)
            .WithBody<TForm>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    const string ApiPrefix = "/api/v1/officer";

    static RouteHandlerBuilder MapAct<TRecord, TForm>(this RouteGroupBuilder record, string pattern, string name, string summary,
        Func<RecordsDesk, Actor, IQueryable<TRecord>> scope, Func<TForm, FieldReader, DateOnly, Actor, Func<TRecord, DateTimeOffset, Outcome>> read,
        Func<TRecord, Actor, DateOnly, object> dto) where TRecord : class where TForm : class =>
        record.MapPost(pattern, async (int id, HttpContext http, RecordsDesk desk, CurrentOfficer me) =>
            {
                var cancellationToken = http.RequestAborted;
                var by = me.Actor;
                if (await scope(desk, by).FirstOrDefaultAsync(r => EF.Property<int>(r, "Id") == id, cancellationToken) is not { } found)
                    return new StaffingActed.NotFound().ToProblem();
                var (body, invalid) = await OfficerEndpoints.ReadAsync<TForm>(http.Request, cancellationToken);
                if (invalid is not null)
                    return invalid.ToProblem();
                var (_, today) = await desk.TodayAsync(cancellationToken);
                var reader = new FieldReader();
                var act = read(body!, reader, today, by);
                if (reader.Errors.Count > 0)
                    return Invalid(reader.Errors);
                if (!OfficerEndpoints.TryReadIfMatch(http.Request, out var seen))
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Tiêu đề If-Match phải là ETag của bản ghi đã đọc, ví dụ \"2\"."] },
                        title: InvalidTitle);
                var acted = await desk.Staffing.ActAsync(found, seen, act, cancellationToken);
                return acted is StaffingActed.Done ? Answer(http, desk, found, dto(found, by, today)) : acted.ToProblem();
            })
            .WithName(name)
            .WithSummary(summary)
            .WithBody<TForm>();

    static RouteHandlerBuilder WithBody<TBody>(this RouteHandlerBuilder endpoint) where TBody : class =>
        endpoint.WithJsonBody<TBody>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    static IResult Answer(HttpContext http, RecordsDesk desk, object record, object dto)
    {
        http.Response.Headers.ETag = OfficerEndpoints.ETag(desk.Staffing.RowVersion(record));
        return TypedResults.Ok(dto);
    }

    static IResult Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => FieldErrors.Json(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title: InvalidTitle);
}
