using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Features.Register;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>A counter of the Center: its number, the fields it serves and the agencies whose procedures it receives.</summary>
public sealed record CounterDto(int Id, int Number, string ServiceGroup, IReadOnlyList<string> AgencyIds)
{
    public static CounterDto From(Counter c) => new(c.Id, c.Number, c.ServiceGroup, c.AgencyIds);
}

/// <summary>A counter as it should read: number (1-999), serviceGroup, agencyIds (agencies' electronic identifiers).</summary>
public sealed record CounterBody(int? Number, string? ServiceGroup, IReadOnlyList<string?>? AgencyIds);

/// <summary>An officer seconded to the Center, as named, approved, seated and ended (R30).</summary>
public sealed record SecondmentDto(int Id, string AgencyId, string OfficerId, string OfficerName, string Role, string Position, bool DelegatedApproval,
    int? CounterId, DateOnly From, DateOnly? Until, string State, DateTimeOffset ProposedAt, string ProposedBy, string? Decision,
    DateTimeOffset? DecidedAt, string? DecidedBy, string? RefusalReason, DateOnly? EndedOn, string? EndReason)
{
    public static SecondmentDto Of(Secondment s) => new(s.Id, s.AgencyId, s.OfficerId, s.OfficerName, s.Role.ToString(), s.Position.ToString(),
        s.DelegatedApproval, s.CounterId, s.From, s.Until, s.State.ToString(), s.ProposedAt, s.ProposedBy, s.Decision, s.DecidedAt, s.DecidedBy,
        s.RefusalReason, s.EndedOn, s.EndReason);
}

/// <summary>
/// An officer to name: agencyId, officerId (an account of the agency or a counter officer of the Center), role (Primary, Backup),
/// position (Staff, PlannedDeputyHead, DeputyHead, Head), delegatedApproval, counterId, from and until (yyyy-MM-dd; until optional).
/// </summary>
public sealed record SecondmentBody(string? AgencyId, string? OfficerId, string? Role, string? Position, bool? DelegatedApproval, int? CounterId, string? From, string? Until);

/// <summary>The chairman's approving decision as written on it.</summary>
public sealed record ApprovalBody(string? Decision);

/// <summary>Why, in the officer's words.</summary>
public sealed record ReasonBody(string? Reason);

/// <summary>The first day the officer no longer works at the Center (yyyy-MM-dd), and why.</summary>
public sealed record EndBody(string? On, string? Reason);

/// <summary>The counter to seat the officer at; null: none.</summary>
public sealed record SeatBody(int? CounterId);

/// <summary>One agency's place at a counter on the day: the officer seated, whether away, and who covers.</summary>
public sealed record SeatDto(int CounterNumber, string ServiceGroup, string AgencyId, int? OfficerSecondmentId, string? OfficerName, string? AbsenceKind,
    int? PresentSecondmentId, string? PresentName, bool CoverNamed);

/// <summary>The roster of a day (R30): each counter's seats, and the agencies short of a backup where the profile requires one.</summary>
public sealed record RosterDto(DateOnly Day, IReadOnlyList<SeatDto> Seats, IReadOnlyList<string> AgenciesWithoutBackup);

/// <summary>
/// The Center's counters, the seconded officers and the day's roster in the officers' API (R30): the Center's director, staff and
/// administrator, and the agencies' leaders for their own officers (anyone else: 403). Actions go through <see cref="StaffingDesk"/>;
/// a secondment's row version travels as the ETag and comes back in If-Match; failures are ProblemDetails.
/// </summary>
public static class RosterApi
{
    const string Invalid = "Dữ liệu gửi lên không hợp lệ";

    public static void MapRosterApi(this RouteGroupBuilder officer)
    {
        var staffing = officer.MapGroup("").OnlyFor(StaffingDesk.Sees, "Chỉ Trung tâm và lãnh đạo cơ quan cử cán bộ làm việc với danh sách cán bộ tại Trung tâm (R30).");
        staffing.MapGet("/roster", RosterAsync)
            .WithName("GetRoster")
            .WithSummary("Bố trí cán bộ tại các quầy trong một ngày (day, yyyy-MM-dd; mặc định hôm nay): người làm việc, người vắng và người thay.")
            .Produces<RosterDto>()
            .ProducesValidationProblem();
        staffing.MapGet("/counters", async (StaffingDesk desk, CurrentOfficer current, HttpContext http) =>
                TypedResults.Ok((await desk.Counters(current.Actor).AsNoTracking().OrderBy(c => c.Number).ToListAsync(http.RequestAborted)).Select(CounterDto.From).ToList()))
            .WithName("ListCounters")
            .WithSummary("Các quầy của Trung tâm.");
        staffing.MapPost("/counters", SaveCounterAsync)
            .WithName("SaveCounter")
            .WithSummary("Thêm quầy, hoặc sửa quầy có số đó: nhóm lĩnh vực và các cơ quan có thủ tục được tiếp nhận tại quầy.")
            .WithJsonBody<CounterBody>()
            .Produces<CounterDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        staffing.MapGet("/secondments", ListAsync)
            .WithName("ListSecondments")
            .WithSummary("Cán bộ được cử đến Trung tâm trong phạm vi của người gọi; lọc theo state (Proposed, Approved, Refused, Ended).")
            .Produces<IReadOnlyList<SecondmentDto>>()
            .ProducesValidationProblem();
        staffing.MapPost("/secondments", ProposeAsync)
            .WithName("ProposeSecondment")
            .WithSummary("Cử cán bộ đến Trung tâm, kiểm tra theo quy định về cán bộ của cấu hình (chức vụ, thời hạn, phân cấp phê duyệt).")
            .WithJsonBody<SecondmentBody>()
            .Produces<SecondmentDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var one = staffing.MapGroup("/secondments/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        one.MapGet("", GetAsync)
            .WithName("GetSecondment")
            .WithSummary("Một cán bộ được cử; ETag là phiên bản.")
            .Produces<SecondmentDto>();
        one.MapAction<ApprovalBody>("/approval", "ApproveSecondment", "Trung tâm ghi nhận văn bản phê duyệt (decision), với người ghi và thời điểm.",
            (body, at, by) => body.Decision is { } d ? (s => s.Approve(d, by, at)) : null, b => b.Decision, Secondment.MaxDecisionLength, "decision");
        one.MapAction<ReasonBody>("/refusal", "RefuseSecondment", "Trung tâm từ chối cán bộ chưa đạt tiêu chuẩn (reason).",
            (body, at, by) => body.Reason is { } r ? (s => s.Refuse(r, by, at)) : null, b => b.Reason, Secondment.MaxReasonLength, "reason");
        one.MapAction<EndBody>("/end", "EndSecondment", "Cán bộ thôi làm việc tại Trung tâm từ ngày on (yyyy-MM-dd), với lý do (reason).",
            (body, _, by) => body.Reason is { } r && DateOnly.TryParseExact(body.On, "yyyy-MM-dd", out var on) ? (s => s.End(on, r, by)) : null,
            b => b.Reason, Secondment.MaxReasonLength, "on, reason");
        one.MapPost("/seat", SeatAsync)
            .WithName("SeatSecondment")
            .WithSummary("Bố trí cán bộ tại một quầy (counterId; null: bỏ bố trí).")
            .WithJsonBody<SeatBody>()
            .Produces<SecondmentDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    static RouteHandlerBuilder MapAction<TBody>(this RouteGroupBuilder one, string pattern, string name, string summary,
        Func<TBody, DateTimeOffset, Actor, Func<Secondment, Outcome>?> act, Func<TBody, string?> text, int maxLength, string fields) where TBody : class =>
        one.MapPost(pattern, async (int id, HttpContext http, StaffingDesk desk, CurrentOfficer current) =>
            {
                var (body, invalid) = await OfficerEndpoints.ReadAsync<TBody>(http.Request, http.RequestAborted);
                if (invalid is not null)
                    return invalid.ToProblem();
                if (text(body!) is { } typed && FormText.Problem(typed, fields, maxLength, multiline: true) is { } problem)
                    return Problem(fields, problem);
                if (act(body!, desk.Now, current.Actor) is not { } run)
                    return Problem(fields, $"Nêu {fields}.");
                return await ActAsync(id, http, desk, current, s => run(s));
            })
            .WithName(name)
            .WithSummary(summary)
            .WithJsonBody<TBody>()
            .Produces<SecondmentDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    static async Task<IResult> ActAsync(int id, HttpContext http, StaffingDesk desk, CurrentOfficer current, Func<Secondment, Outcome> act)
    {
        if (await desk.Secondments(current.Actor).SingleOrDefaultAsync(s => s.Id == id, http.RequestAborted) is not { } found)
            return new StaffingActed.NotFound().ToProblem();
        if (!OfficerEndpoints.TryReadIfMatch(http.Request, out var seen))
            return Problem("If-Match", "Tiêu đề If-Match phải là ETag của bản ghi đã đọc, ví dụ \"3\".");
        var acted = await desk.ActAsync(found, seen, (s, _) => act(s), http.RequestAborted);
        return acted is StaffingActed.Done ? Answer(http, desk, found) : acted.ToProblem();
    }

    static IResult Answer(HttpContext http, StaffingDesk desk, Secondment s, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ETag = OfficerEndpoints.ETag(desk.RowVersion(s));
        return status == StatusCodes.Status201Created ? TypedResults.Created($"/api/v1/officer/secondments/{s.Id}", SecondmentDto.Of(s)) : TypedResults.Ok(SecondmentDto.Of(s));
    }

    static IResult Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: Invalid);

    static async Task<IResult> RosterAsync(HttpContext http, StaffingDesk desk, Rosters rosters, CurrentOfficer current, string? day = null)
    {
        var today = (await desk.LocalityAsync(http.RequestAborted)).Calendar.LocalDate(desk.Now);
        if (LocalDays.Problem(day, "Ngày", today, out var on) is { } problem)
            return Problem("day", problem);
        if (await desk.CenterIdAsync(current.Actor, http.RequestAborted) is not { } centerId)
            return new StaffingActed.NotFound().ToProblem();
        var roster = await rosters.OnAsync(centerId, on, http.RequestAborted);
        return TypedResults.Ok(new RosterDto(roster.Day, roster.Seats.Select(s => new SeatDto(s.Counter.Number, s.Counter.ServiceGroup, s.AgencyId,
            s.Officer?.Id, s.Officer?.OfficerName, s.Absence?.Kind.ToString(), s.Present?.Id, s.Present?.OfficerName, s.CoverNamed)).ToList(), roster.WithoutBackup));
    }

    static async Task<IResult> SaveCounterAsync(HttpContext http, MotCuaDbContext db, StaffingDesk desk, CurrentOfficer current)
    {
        var (body, invalid) = await OfficerEndpoints.ReadAsync<CounterBody>(http.Request, http.RequestAborted);
        if (invalid is not null)
            return invalid.ToProblem();
        var (input, problem) = await CounterInput.ParseAsync(db, body!.Number, body.ServiceGroup, body.AgencyIds, http.RequestAborted);
        if (problem is not null)
            return Problem("counter", problem);
        var by = current.Actor;
        var existing = await desk.Counters(by).SingleOrDefaultAsync(c => c.Number == input!.Number, http.RequestAborted);
        var acted = existing is null
            ? await desk.AddAsync(Counter.Open(by.UnitId, input!.Number, input.ServiceGroup, input.AgencyIds, by), http.RequestAborted)
            : await desk.ActAsync(existing, null, (c, _) => c.Change(input!.Number, input.ServiceGroup, input.AgencyIds, by), http.RequestAborted);
        return acted is StaffingActed.Done { Record: Counter saved } ? TypedResults.Ok(CounterDto.From(saved)) : acted.ToProblem();
    }

    static async Task<IResult> ListAsync(HttpContext http, StaffingDesk desk, CurrentOfficer current, string? state = null)
    {
        var query = desk.Secondments(current.Actor).AsNoTracking();
        if (state is not null)
        {
            if (!Enum.TryParse<SecondmentState>(state, out var only) || !Enum.IsDefined(only) || state.Any(char.IsDigit))
                return Problem("state", "state phải là Proposed, Approved, Refused hoặc Ended.");
            query = query.Where(s => s.State == only);
        }
        var list = await query.OrderBy(s => s.AgencyId).ThenBy(s => s.Role).ThenBy(s => s.OfficerName).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(list.Select(SecondmentDto.Of).ToList());
    }

    static async Task<IResult> GetAsync(int id, HttpContext http, StaffingDesk desk, CurrentOfficer current) =>
        await desk.Secondments(current.Actor).SingleOrDefaultAsync(s => s.Id == id, http.RequestAborted) is { } found
            ? Answer(http, desk, found)
            : new StaffingActed.NotFound().ToProblem();

    static async Task<IResult> ProposeAsync(HttpContext http, MotCuaDbContext db, StaffingDesk desk, Rosters rosters, CurrentOfficer current)
    {
        var (body, invalid) = await OfficerEndpoints.ReadAsync<SecondmentBody>(http.Request, http.RequestAborted);
        if (invalid is not null)
            return invalid.ToProblem();
        var by = current.Actor;
        var today = (await desk.LocalityAsync(http.RequestAborted)).Calendar.LocalDate(desk.Now);
        var (parsed, errors) = await new SecondmentInput(body!.AgencyId, body.OfficerId, body.Role, body.Position, body.DelegatedApproval ?? false, body.CounterId,
            body.From, body.Until).ParseAsync(db, await desk.CenterIdAsync(by, http.RequestAborted) ?? "", today, http.RequestAborted);
        if (parsed is null)
            return TypedResults.ValidationProblem(errors.GroupBy(e => FieldErrors.Json(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title: Invalid);
        var acted = await rosters.ProposeAsync(parsed, by, http.RequestAborted);
        return acted is StaffingActed.Done { Record: Secondment made } ? Answer(http, desk, made, StatusCodes.Status201Created) : acted.ToProblem();
    }

    static async Task<IResult> SeatAsync(int id, HttpContext http, StaffingDesk desk, CurrentOfficer current)
    {
        var (body, invalid) = await OfficerEndpoints.ReadAsync<SeatBody>(http.Request, http.RequestAborted);
        if (invalid is not null)
            return invalid.ToProblem();
        Counter? counter = null;
        if (body!.CounterId is { } counterId && (counter = await desk.Counters(current.Actor).AsNoTracking().SingleOrDefaultAsync(c => c.Id == counterId, http.RequestAborted)) is null)
            return Problem("counterId", "Không có quầy này tại Trung tâm.");
        return await ActAsync(id, http, desk, current, s => s.Seat(counter, current.Actor));
    }
}
