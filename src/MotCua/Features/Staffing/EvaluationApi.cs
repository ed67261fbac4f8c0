using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>One figure of a basis, with the records behind it: dossier codes (a rating is named by its dossier), feedback codes or absence ids.</summary>
public sealed record EvaluationFigureDto(string Basis, string Measure, string Label, int? Count, string Source, IReadOnlyList<string> Refs, string? Note);

/// <summary>The officer's self-assessment under the three headings of R31 and the grade proposed.</summary>
public sealed record SelfAssessmentDto(string RulesEthicsCommunication, string Results, string Feedback, string ProposedGrade, DateTimeOffset At);

/// <summary>The agency's rating of the year recorded back (R62).</summary>
public sealed record AgencyRatingDto(int Year, string Grade, string Decision, DateOnly DecidedOn, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>An officer's evaluation of a period as the reader may see it, with the actions the reader may take now.</summary>
public sealed record EvaluationDto(int Id, int SecondmentId, string OfficerId, string OfficerName, string AgencyId, string Period, string PeriodName,
    DateOnly PeriodFrom, DateOnly PeriodTo, DateTimeOffset CenterDue, DateTimeOffset RatingsDue, string State, IReadOnlyList<string> Bases,
    IReadOnlyList<EvaluationFigureDto> Figures, DateTimeOffset ComputedAt, SelfAssessmentDto? SelfAssessment, string? Grade, string? Comments,
    DateTimeOffset? AppraisedAt, string? AppraisedBy, DateTimeOffset? SentAt, string? SentBy, AgencyRatingDto? AgencyRating, IReadOnlyList<string> AllowedActions)
{
    public static EvaluationDto From(OfficerAppraisal a, Actor by) => new(a.Id, a.SecondmentId, a.OfficerId, a.OfficerName, a.AgencyId, a.PeriodKey,
        a.PeriodVietnamese, a.PeriodFrom, a.PeriodTo, a.CenterDue, a.RatingsDue, a.State.ToString(), a.Bases.Select(b => b.ToString()).ToList(),
        a.Figures.Select(f => new EvaluationFigureDto(f.Basis.ToString(), f.Measure, f.Label, f.Count, f.Source.ToString(), f.Refs, f.Note)).ToList(),
        a.ComputedAt,
        a.SelfAssessment is { } s ? new SelfAssessmentDto(s.RulesEthicsCommunication, s.Results, s.Feedback, s.ProposedGrade.ToString(), s.At) : null,
        a.Grade?.ToString(), a.Comments, a.AppraisedAt, a.AppraisedBy, a.SentAt, a.SentBy,
        a.AgencyRating is { } r ? new AgencyRatingDto(r.Year, r.Grade.ToString(), r.Decision, r.DecidedOn, r.RecordedAt, r.RecordedBy) : null,
        Enum.GetValues<AppraisalCommand>().Where(c => a.WhyNot(c, by) is null).Select(c => c.ToString()).ToList());
}

/// <summary>A new evaluation: the secondment (the officer at the Center) and the period ("2026-11" monthly, "2026" annual; empty: the current one).</summary>
public sealed record EvaluationStartBody(int? SecondmentId, string? Period);

/// <summary>The officer's self-assessment: the three headings and proposedGrade (Excellent, Good, Completed, NotCompleted).</summary>
public sealed record SelfAssessmentBody(string? RulesEthicsCommunication, string? Results, string? Feedback, string? ProposedGrade);

/// <summary>The Center's grade (Excellent, Good, Completed, NotCompleted) and comments.</summary>
public sealed record AppraisalBody(string? Grade, string? Comments);

/// <summary>The agency's rating of the year: grade, the document (number and date as written) and the day it was decided (dd/MM/yyyy or yyyy-MM-dd).</summary>
public sealed record AgencyRatingBody(string? Grade, string? Decision, string? DecidedOn);

/// <summary>Nothing to send but the row version in If-Match.</summary>
public sealed record EvaluationEmptyBody;

/// <summary>
/// Officers' evaluations in the officers' API, <c>/api/v1/officer/evaluations</c> (R31, R62): the Center's staff and director
/// start, compute, appraise and send; the officer self-assesses; the agency's leader records the year's rating. Each reads only
/// what <see cref="EvaluationDesk"/> scopes to them; the row version travels as the ETag and comes back in If-Match; every
/// failure is ProblemDetails (400, 404, 409, 422 naming the rule).
/// </summary>
public static class EvaluationApi
{
    const string Invalid = "Dữ liệu gửi lên không hợp lệ";

    public static void MapEvaluationApi(this RouteGroupBuilder officer)
    {
        var evaluations = officer.MapGroup("/evaluations");
        evaluations.MapGet("", ListAsync)
            .WithName("ListOfficerEvaluations")
            .WithSummary("Phiếu đánh giá cán bộ làm việc tại Trung tâm trong phạm vi người dùng, lọc theo kỳ (period: 2026-11 hoặc 2026).")
            .Produces<IReadOnlyList<EvaluationDto>>()
            .ProducesValidationProblem();
        evaluations.MapPost("", StartAsync)
            .WithName("StartOfficerEvaluation")
            .WithSummary("Trung tâm lập phiếu đánh giá một cán bộ cho một kỳ, số liệu các cơ sở đánh giá được tính từ dữ liệu của hệ thống (R31).")
            .WithJsonBody<EvaluationStartBody>()
            .Produces<EvaluationDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var evaluation = evaluations.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        evaluation.MapGet("", GetAsync)
            .WithName("GetOfficerEvaluation")
            .WithSummary("Một phiếu đánh giá: số liệu theo cơ sở đánh giá kèm mã hồ sơ, đánh giá, phản ánh đã đếm; các thao tác được làm; ETag là phiên bản.")
            .Produces<EvaluationDto>();
        evaluation.MapGet("/document", DocumentAsync)
            .WithName("GetOfficerEvaluationDocument")
            .WithSummary("Phiếu đánh giá cán bộ (PDF) đã gửi cơ quan, lưu nguyên trạng từ lần gửi (R52).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        evaluation.MapAction<EvaluationEmptyBody>("/recompute", "RecomputeOfficerEvaluation", "Trung tâm tính lại số liệu (trước khi đánh giá).",
            (_, _, _) => Prepared.Act((a, desk, by, seen, ct) => desk.RecomputeAsync(a, seen, by, ct)));
        evaluation.MapAction<SelfAssessmentBody>("/self-assessment", "SelfAssessOfficerEvaluation",
            "Cán bộ tự đánh giá: rulesEthicsCommunication, results, feedback và proposedGrade (R31).",
            (body, _, _) => EvaluationInput.Grade(body.ProposedGrade) is { } grade
                ? Prepared.Act((a, desk, by, seen, ct) => desk.ActAsync(a, seen, (x, at) => x.SelfAssess(body.RulesEthicsCommunication, body.Results, body.Feedback, grade, by, at), ct))
                : Prepared.Invalid("proposedGrade", EvaluationInput.GradeProblem("proposedGrade")));
        evaluation.MapAction<AppraisalBody>("/appraisal", "AppraiseOfficerEvaluation", "Trung tâm nhận xét, xếp loại cán bộ: grade, comments (R31).",
            (body, _, _) => EvaluationInput.Grade(body.Grade) is { } grade
                ? Prepared.Act((a, desk, by, seen, ct) => desk.ActAsync(a, seen, (x, at) => x.Appraise(grade, body.Comments, by, at), ct))
                : Prepared.Invalid("grade", EvaluationInput.GradeProblem("grade")));
        evaluation.MapAction<EvaluationEmptyBody>("/sending", "SendOfficerEvaluation", "Trung tâm gửi phiếu đánh giá đến cơ quan của cán bộ; phiếu được lưu nguyên trạng (R31, R52).",
            (_, _, _) => Prepared.Act((a, desk, by, seen, ct) => desk.SendAsync(a, seen, by, ct)));
        evaluation.MapAction<AgencyRatingBody>("/agency-rating", "RateOfficerEvaluation",
            "Lãnh đạo cơ quan ghi kết quả đánh giá, xếp loại năm của cán bộ: grade, decision, decidedOn (R62).",
            (body, _, _) =>
            {
                if (EvaluationInput.Grade(body.Grade) is not { } grade)
                    return Prepared.Invalid("grade", EvaluationInput.GradeProblem("grade"));
                if (EvaluationInput.DayProblem(body.DecidedOn, "Ngày văn bản xếp loại", out var day) is { } problem)
                    return Prepared.Invalid("decidedOn", problem);
                return Prepared.Act((a, desk, by, seen, ct) => desk.RateAsync(a, seen, grade, body.Decision, day, by, ct));
            });
    }

    delegate Task<StaffingActed> Run(OfficerAppraisal appraisal, EvaluationDesk desk, Actor by, int? seen, CancellationToken cancellationToken);

    /// <summary>What an action's body came to: a field error, or what to run.</summary>
    sealed record Prepared(IDictionary<string, string[]>? Errors, Run? Run)
    {
        public static Prepared Invalid(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] }, null);

        public static Prepared Act(Run run) => new(null, run);
    }

    static RouteHandlerBuilder MapAction<TBody>(this RouteGroupBuilder evaluation, string pattern, string name, string summary,
        Func<TBody, EvaluationDesk, Actor, Prepared> prepare) where TBody : class =>
        evaluation.MapPost(pattern, async (int id, HttpContext http, EvaluationDesk desk, CurrentOfficer officer) =>
            {
                var cancellationToken = http.RequestAborted;
                var by = officer.Actor;
                if (await desk.FindAsync(id, by, cancellationToken) is not { } found)
                    return new StaffingActed.NotFound().ToProblem();
                var (body, invalid) = await OfficerEndpoints.ReadAsync<TBody>(http.Request, cancellationToken);
                if (invalid is not null)
                    return invalid.ToProblem();
                if (BodyText.Problems(body!) is { Count: > 0 } textProblems)
                    return TypedResults.ValidationProblem(textProblems, title: Invalid);
                var (errors, run) = prepare(body!, desk, by);
                if (errors is not null)
                    return TypedResults.ValidationProblem(errors, title: Invalid);
                if (!OfficerEndpoints.TryReadIfMatch(http.Request, out var seen))
                    return BadTag();
                var acted = await run!(found, desk, by, seen, cancellationToken);
                return acted is StaffingActed.Done ? Answer(http, desk, found, by) : acted.ToProblem();
            })
            .WithName(name)
            .WithSummary(summary)
            .WithJsonBody<TBody>()
            .Produces<EvaluationDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    static IResult BadTag() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["If-Match"] = ["Tiêu đề If-Match phải là ETag của phiếu đánh giá đã đọc, ví dụ \"3\"."] }, title: Invalid);

    static IResult Answer(HttpContext http, EvaluationDesk desk, OfficerAppraisal appraisal, Actor by, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ETag = OfficerEndpoints.ETag(desk.RowVersion(appraisal));
        var dto = EvaluationDto.From(appraisal, by);
        return status == StatusCodes.Status201Created ? TypedResults.Created($"/api/v1/officer/evaluations/{appraisal.Id}", dto) : TypedResults.Ok(dto);
    }

    static async Task<IResult> ListAsync(HttpContext http, EvaluationDesk desk, CurrentOfficer officer, string? period = null)
    {
        var query = desk.Appraisals(officer.Actor).AsNoTracking();
        if (period is not null)
        {
            var (parsed, _) = await desk.PeriodAsync(period, http.RequestAborted);
            if (parsed is null)
                return PeriodProblem();
            var key = parsed.Key;
            query = query.Where(a => a.PeriodKey == key);
        }
        var list = await query.OrderByDescending(a => a.PeriodKey).ThenBy(a => a.OfficerName).Take(500).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(list.Select(a => EvaluationDto.From(a, officer.Actor)).ToList());
    }

    static IResult PeriodProblem() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["period"] = ["period là kỳ đánh giá theo định kỳ của địa phương: yyyy-MM khi đánh giá hằng tháng, yyyy khi đánh giá hằng năm."] },
        title: Invalid);

    static async Task<IResult> StartAsync(HttpContext http, EvaluationDesk desk, CurrentOfficer officer)
    {
        var cancellationToken = http.RequestAborted;
        var (body, invalid) = await OfficerEndpoints.ReadAsync<EvaluationStartBody>(http.Request, cancellationToken);
        if (invalid is not null)
            return invalid.ToProblem();
        if (body!.SecondmentId is not { } secondmentId)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["secondmentId"] = ["Nêu cán bộ được đánh giá (secondmentId)."] }, title: Invalid);
        var (period, _) = await desk.PeriodAsync(string.IsNullOrWhiteSpace(body.Period) ? null : body.Period, cancellationToken);
        if (period is null)
            return PeriodProblem();
        var acted = await desk.StartAsync(secondmentId, period, officer.Actor, cancellationToken);
        return acted is StaffingActed.Done { Record: OfficerAppraisal started }
            ? Answer(http, desk, started, officer.Actor, StatusCodes.Status201Created)
            : acted.ToProblem();
    }

    static async Task<IResult> GetAsync(int id, HttpContext http, EvaluationDesk desk, CurrentOfficer officer) =>
        await desk.FindAsync(id, officer.Actor, http.RequestAborted) is { } appraisal
            ? Answer(http, desk, appraisal, officer.Actor)
            : new StaffingActed.NotFound().ToProblem();

    static async Task<IResult> DocumentAsync(int id, HttpContext http, EvaluationDesk desk, EvaluationDocuments documents, CurrentOfficer officer)
    {
        if (await desk.FindAsync(id, officer.Actor, http.RequestAborted) is not { } appraisal)
            return new StaffingActed.NotFound().ToProblem();
        if (appraisal.State != AppraisalState.Sent)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chưa có phiếu đánh giá",
                detail: "Phiếu đánh giá có khi Trung tâm đã gửi cơ quan.");
        return TypedResults.File(await documents.GetAsync(appraisal, http.RequestAborted), "application/pdf", $"phieu-danh-gia-{appraisal.Id}.pdf");
    }
}
