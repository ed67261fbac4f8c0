using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>An absence of a seconded officer as the Center and the agency's leaders read it, with the actions the reader may take now.</summary>
public sealed record AbsenceDto(int Id, string CenterId, string AgencyId, int SecondmentId, string OfficerId, string OfficerName, string Kind, string KindName,
    DateTimeOffset From, DateTimeOffset To, string Reason, int? SubstituteId, string? SubstituteName, string State, string StateName,
    DateTimeOffset RecordedAt, string RecordedBy, bool FoundByCenter, DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionNote,
    bool WithoutSubstitute, bool WithoutNotice, bool WithoutApproval, bool LabourDisciplineBreach, IReadOnlyList<string> Flags, IReadOnlyList<string> AllowedActions)
{
    public static AbsenceDto Of(Absence a, Actor by) => new(a.Id, a.CenterId, a.AgencyId, a.SecondmentId, a.OfficerId, a.OfficerName, a.Kind.ToString(), a.Kind.Vietnamese(),
        a.From, a.To, a.Reason, a.SubstituteId, a.SubstituteName, a.State.ToString(), a.State.Vietnamese(),
        a.RecordedAt, a.RecordedBy, a.FoundByCenter, a.DecidedAt, a.DecidedBy, a.DecisionNote,
        a.WithoutSubstitute, a.WithoutNotice, a.WithoutApproval, a.LabourDisciplineBreach, a.Flags(), Allowed(a, by));

    /// <summary>What the reader may try: the Center decides a pending request; either side names a substitute until a refusal closes it.</summary>
    static IReadOnlyList<string> Allowed(Absence a, Actor by)
    {
        var allowed = new List<string>();
        if (a.State == AbsenceState.Requested && StaffingDesk.IsCenter(by))
            allowed.AddRange(["Approve", "Refuse"]);
        if (a.State != AbsenceState.Refused)
            allowed.Add("NameSubstitute");
        return allowed;
    }
}

/// <summary>
/// An absence: the secondmentId of the officer away (an approved secondment in the caller's scope), kind (Leave, RegimeLeave, Training,
/// Sick, Unexpected, Recall), from and to (ISO 8601 with the offset, e.g. 2026-12-08T07:30:00+07:00), reason, and the substituteId
/// of the agency's officer standing in (optional).
/// </summary>
public sealed record AbsenceBody(int? SecondmentId, string? Kind, DateTimeOffset? From, DateTimeOffset? To, string? Reason, int? SubstituteId);

/// <summary>The Center's note on its decision: optional to approve, the reason to refuse.</summary>
public sealed record AbsenceDecisionBody(string? Note);

/// <summary>The secondment id of the agency's officer who stands in.</summary>
public sealed record AbsenceSubstituteBody(int? SubstituteId);

/// <summary>
/// Absences of the seconded officers in the officers' API, <c>/api/v1/officer/absences</c> (R30, R61): the Center's director, staff and
/// administrator for the Center's officers, an agency's leader for the agency's (anyone else: 403). Each action goes through
/// <see cref="AbsenceDesk"/>; the row version travels as the ETag and comes back in If-Match; every failure is ProblemDetails
/// (400, 403, 404, 409, 422 naming the rule).
/// </summary>
public static class AbsenceApi
{
    const string Invalid = "Dữ liệu gửi lên không hợp lệ";

    public static void MapAbsenceApi(this RouteGroupBuilder officer)
    {
        var absences = officer.MapGroup("/absences")
            .OnlyFor(StaffingDesk.Sees, "Chỉ Trung tâm và lãnh đạo cơ quan có cán bộ làm việc tại Trung tâm theo dõi việc vắng mặt của cán bộ (R30).");
        absences.MapGet("", ListAsync)
            .WithName("ListOfficerAbsences")
            .WithSummary("Cán bộ vắng mặt trong phạm vi đơn vị: đang và sắp vắng trước, rồi đã vắng (mới nhất trước); lọc from, to (yyyy-MM-dd, mặc định 90 ngày gần đây) và flagged (chỉ trường hợp có cảnh báo).")
            .Produces<IReadOnlyList<AbsenceDto>>()
            .ProducesValidationProblem();
        absences.MapPost("", (HttpContext http, AbsenceDesk desk, CurrentOfficer officer) => RecordAsync(http, desk, officer, found: false))
            .WithName("NotifyOfficerAbsence")
            .WithSummary("Cơ quan (hoặc Trung tâm thay cơ quan) thông báo cán bộ vắng mặt và người thay thế; kind Recall là đề nghị cử cán bộ đi làm nhiệm vụ khác, chờ Trung tâm đồng ý (R30).")
            .WithJsonBody<AbsenceBody>()
            .Produces<AbsenceDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        absences.MapPost("/found", (HttpContext http, AbsenceDesk desk, CurrentOfficer officer) => RecordAsync(http, desk, officer, found: true))
            .WithName("FindOfficerAbsence")
            .WithSummary("Trung tâm ghi nhận cán bộ vắng mặt không có thông báo; bị rút đi khi chưa được đồng ý là vi phạm kỷ luật lao động nơi quy chế quy định (R61).")
            .WithJsonBody<AbsenceBody>()
            .Produces<AbsenceDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var absence = absences.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        absence.MapGet("", GetAsync)
            .WithName("GetOfficerAbsence")
            .WithSummary("Một lần vắng mặt: ai ghi nhận, khi nào, quyết định của Trung tâm, cảnh báo và các thao tác được làm; ETag là phiên bản.")
            .Produces<AbsenceDto>();
        absence.MapAction<AbsenceDecisionBody>("/approve", "ApproveOfficerRecall", "Trung tâm đồng ý đề nghị cử cán bộ đi làm nhiệm vụ khác trong giờ làm việc (note tùy chọn).",
            (a, body, desk, by, seen, ct) => Decided(desk.DecideAsync(a, seen, approve: true, body.Note?.Trim(), by, ct)));
        absence.MapAction<AbsenceDecisionBody>("/refuse", "RefuseOfficerRecall", "Trung tâm từ chối đề nghị cử cán bộ đi làm nhiệm vụ khác; note là lý do (bắt buộc).",
            (a, body, desk, by, seen, ct) => Decided(desk.DecideAsync(a, seen, approve: false, body.Note?.Trim(), by, ct)));
        absence.MapAction<AbsenceSubstituteBody>("/substitute", "NameOfficerSubstitute", "Cử (hoặc đổi) người thay thế: cán bộ khác của cơ quan đang làm việc tại Trung tâm, không vắng trong thời gian đó.",
            (a, body, desk, by, seen, ct) => body.SubstituteId is { } id
                ? desk.NameSubstituteAsync(a, seen, id, by, ct)
                : Task.FromResult<(StaffingActed?, IReadOnlyList<FieldError>)>((null, [new(nameof(AbsenceInput.SubstituteId), "Nêu substituteId của người thay thế.")])));
    }

    delegate Task<(StaffingActed? Acted, IReadOnlyList<FieldError> Errors)> Act<in TBody>(Absence absence, TBody body, AbsenceDesk desk, Actor by, int? seen, CancellationToken cancellationToken);

    static async Task<(StaffingActed?, IReadOnlyList<FieldError>)> Decided(Task<StaffingActed> acted) => (await acted, []);

    /// <summary>One action on an absence: loaded in scope, the body read and its texts checked, the If-Match read, acted, answered.</summary>
    static RouteHandlerBuilder MapAction<TBody>(this RouteGroupBuilder absence, string pattern, string name, string summary, Act<TBody> act) where TBody : class =>
        absence.MapPost(pattern, async (int id, HttpContext http, AbsenceDesk desk, StaffingDesk staffing, CurrentOfficer officer) =>
            {
                var cancellationToken = http.RequestAborted;
                if (await desk.FindAsync(id, officer.Actor, cancellationToken) is not { } found)
                    return new StaffingActed.NotFound().ToProblem();
                var (body, invalid) = await OfficerEndpoints.ReadAsync<TBody>(http.Request, cancellationToken);
                if (invalid is not null)
                    return invalid.ToProblem();
                if (BodyText.Problems(body!) is { Count: > 0 } textProblems)
                    return TypedResults.ValidationProblem(textProblems, title: Invalid);
                if (body is AbsenceDecisionBody { Note: { } note } && FormText.Problem(note.Trim(), "Ý kiến của Trung tâm", Absence.MaxReasonLength, multiline: true) is { } problem)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = [problem] }, title: Invalid);
                if (!OfficerEndpoints.TryReadIfMatch(http.Request, out var seen))
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Tiêu đề If-Match phải là ETag của bản ghi đã đọc, ví dụ \"3\"."] }, title: Invalid);
                var (acted, errors) = await act(found, body!, desk, officer.Actor, seen, cancellationToken);
                if (acted is null)
                    return TypedResults.ValidationProblem(Errors(errors), title: Invalid);
                return acted is StaffingActed.Done done ? Answer(http, staffing, (Absence)done.Record, officer.Actor) : acted.ToProblem();
            })
            .WithName(name)
            .WithSummary(summary)
            .WithJsonBody<TBody>()
            .Produces<AbsenceDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    static async Task<IResult> RecordAsync(HttpContext http, AbsenceDesk desk, CurrentOfficer officer, bool found)
    {
        var cancellationToken = http.RequestAborted;
        var (body, invalid) = await OfficerEndpoints.ReadAsync<AbsenceBody>(http.Request, cancellationToken);
        if (invalid is not null)
            return invalid.ToProblem();
        if (BodyText.Problems(body!) is { Count: > 0 } textProblems)
            return TypedResults.ValidationProblem(textProblems, title: Invalid);
        var (input, errors) = AbsenceInput.Parse(body!.SecondmentId, body.Kind, body.From, body.To, body.Reason, body.SubstituteId);
        StaffingActed? acted = null;
        if (input is not null)
            (acted, errors) = await desk.RecordAsync(input, found, officer.Actor, cancellationToken);
        if (acted is null)
            return TypedResults.ValidationProblem(Errors(errors), title: Invalid);
        if (acted is not StaffingActed.Done { Record: Absence absence })
            return acted.ToProblem();
        var staffing = http.RequestServices.GetRequiredService<StaffingDesk>();
        http.Response.Headers.ETag = OfficerEndpoints.ETag(staffing.RowVersion(absence));
        return TypedResults.Created($"/api/v1/officer/absences/{absence.Id}", AbsenceDto.Of(absence, officer.Actor));
    }

    static async Task<IResult> ListAsync(HttpContext http, AbsenceDesk desk, StaffingDesk staffing, CurrentOfficer officer,
        string? from = null, string? to = null, string? flagged = null)
    {
        var (since, until, problem) = AbsencesModel.Filter(from, to);
        if (problem is not null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [problem] }, title: Invalid);
        if (flagged is not (null or "true" or "false"))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["flagged"] = ["flagged phải là true hoặc false."] }, title: Invalid);
        var calendar = (await staffing.LocalityAsync(http.RequestAborted)).Calendar;
        var now = staffing.Now;
        var first = since ?? calendar.LocalDate(now).AddDays(-AbsenceDesk.WindowDays);
        var list = await desk.ListAsync(officer.Actor, calendar.AtLocal(first, TimeOnly.MinValue),
            until is { } last ? calendar.AtLocal(last.AddDays(1), TimeOnly.MinValue) : null, flagged == "true", now, http.RequestAborted);
        return TypedResults.Ok(list.All.Select(a => AbsenceDto.Of(a, officer.Actor)).ToList());
    }

    static async Task<IResult> GetAsync(int id, HttpContext http, AbsenceDesk desk, StaffingDesk staffing, CurrentOfficer officer) =>
        await desk.FindAsync(id, officer.Actor, http.RequestAborted) is { } absence
            ? Answer(http, staffing, absence, officer.Actor)
            : new StaffingActed.NotFound().ToProblem();

    static IResult Answer(HttpContext http, StaffingDesk staffing, Absence absence, Actor by)
    {
        http.Response.Headers.ETag = OfficerEndpoints.ETag(staffing.RowVersion(absence));
        return TypedResults.Ok(AbsenceDto.Of(absence, by));
    }

    static IDictionary<string, string[]> Errors(IReadOnlyList<FieldError> errors) =>
        errors.GroupBy(e => FieldErrors.Json(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
