using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Processing;

/// <summary>One row of an inbox or a search: enough to choose a dossier and see how it stands against its due dates.</summary>
public sealed record DossierRowDto(string Code, string ProcedureName, string ApplicantName, string State, string StateName,
    string? StepName, DateTimeOffset? StepDue, DateTimeOffset? Due, string DueStatus);

public sealed record InboxPage(int Total, int Page, int PageSize, IReadOnlyList<DossierRowDto> Items);

/// <summary>
/// The main path of a dossier at the agency in the officers' API: read it, list the inbox, search,
/// transfer from the Center, forward, approve, send back, recall, record the result or refuse,
/// and hand the result to the return desk — each through the pipeline, as the dossier page does.
/// </summary>
public static class ProcessingApi
{
    public const int MaxPageSize = 100;
    public const int MaxSearchResults = 50;

    public static void MapProcessingApi(this RouteGroupBuilder officer, RouteGroupBuilder dossier)
    {
        officer.MapGet("/dossiers/{code:dossiercode}", GetAsync).WithName("OfficerDossier")
            .WithSummary("Hồ sơ trong phạm vi đơn vị của cán bộ (hoặc hồ sơ cơ quan được xin ý kiến), với các thao tác cán bộ được làm lúc này (allowed) và các thao tác bị giữ lại kèm quy tắc (heldBack); ETag là phiên bản của hồ sơ.")
            .Produces<OfficerDossierDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        officer.MapGet("/inbox", InboxAsync).WithName("OfficerInbox")
            .WithSummary("Hồ sơ đang giải quyết của đơn vị, hạn sớm nhất trước; lọc theo trạng thái (state) và tình trạng hạn (due: Overdue, DueSoon, OnTrack, None); phân trang (page từ 1, pageSize tối đa 100).")
            .ProducesValidationProblem();
        officer.MapGet("/search", SearchAsync).WithName("OfficerSearch")
            .WithSummary("Tìm hồ sơ trong phạm vi đơn vị theo mã hồ sơ, số điện thoại hoặc họ tên người nộp (q); tối đa 50 hồ sơ, mới nhất trước.")
            .ProducesValidationProblem();

        dossier.MapAction<EmptyBody>("/transfer", "TransferDossier", "Trung tâm chuyển hồ sơ đã tiếp nhận đến bước đầu của cơ quan giải quyết (R11).",
            (a, _) => a.Dossier.Transfer(a.By, a.At, a.Locality));
        dossier.MapAction<EmptyBody>("/forward", "ForwardDossier", "Chuyển hồ sơ sang bước tiếp theo của quy trình (R14).",
            (a, _) => a.Dossier.Forward(a.By, a.At, a.Locality));
        dossier.MapAction<EmptyBody>("/approval", "ApproveDossier", "Lãnh đạo duyệt và chuyển hồ sơ sang bước tiếp theo (R14).",
            (a, _) => a.Dossier.Approve(a.By, a.At, a.Locality));
        dossier.MapAction<TextBody>("/send-back", "SendBackDossier", "Trả lại bước trước với lý do (text).",
            (a, b) => a.Dossier.SendBack(b.Trimmed, a.By, a.At, a.Locality));
        dossier.MapAction<EmptyBody>("/recall", "RecallDossier", "Thu hồi hồ sơ vừa chuyển khi bên nhận chưa xử lý.",
            (a, _) => a.Dossier.Recall(a.By, a.At, a.Locality));
        dossier.MapAction<TextBody>("/result", "RecordResult", "Ghi nhận kết quả (text); trước ngày hẹn là kết quả sớm (R24).",
            (a, b) => a.Dossier.RecordResult(b.Trimmed, a.By, a.At, a.Locality));
        dossier.MapAction<TextBody>("/refusal", "RefuseDossier", "Từ chối giải quyết với lý do (text), trong thời hạn giải quyết (R17).",
            (a, b) => a.Dossier.Refuse(b.Trimmed, a.By, a.At, a.Locality));
        dossier.MapAction<EmptyBody>("/hand-over", "HandOverResult", "Chuyển kết quả về bộ phận trả kết quả của Trung tâm (R23).",
            (a, _) => a.Dossier.HandToReturnDesk(a.By, a.At, a.Locality));
    }

    static async Task<IResult> GetAsync(DossierCode code, HttpContext http, MotCuaDbContext db, CurrentOfficer officer,
        LocalitySource localities, TimeProvider time, DossierPipeline pipeline, CancellationToken cancellationToken)
    {
        var dossier = await db.LoadVisibleAsync(code, officer, cancellationToken) ?? await db.LoadConsultedAsync(code, officer, cancellationToken);
        if (dossier is null)
            return new Acted.NotFound(code).ToProblem();
        return OfficerEndpoints.Answer(http, dossier, pipeline.RowVersion(dossier), await localities.GetAsync(db, cancellationToken), time.GetUtcNow());
    }

    static async Task<Results<Ok<InboxPage>, ValidationProblem>> InboxAsync(string? state, string? due, int? page, int? pageSize,
        MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        DossierState? wanted = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (Enum.TryParse<DossierState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !parsed.IsFinal())
                wanted = parsed;
            else
                errors["state"] = ["Trạng thái phải là một trạng thái chưa kết thúc: " + string.Join(", ", Enum.GetValues<DossierState>().Where(s => !s.IsFinal())) + "."];
        }
        DueStatus? dueStatus = null;
        if (!string.IsNullOrEmpty(due))
        {
            if (Enum.TryParse<DueStatus>(due, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                dueStatus = parsed;
            else
                errors["due"] = ["Tình trạng hạn phải là Overdue, DueSoon, OnTrack hoặc None."];
        }
        if (page is < 1 or > 100_000)
            errors["page"] = ["Trang phải từ 1 đến 100000."];
        if (pageSize is < 1 or > MaxPageSize)
            errors["pageSize"] = [$"Số hồ sơ mỗi trang phải từ 1 đến {MaxPageSize}."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Tham số không hợp lệ");

        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        var open = db.Dossiers.VisibleTo(officer).Where(d => Unfinished.Contains(d.State));
        if (wanted is { } s)
            open = open.Where(d => d.State == s);
        var soonUntil = DueBadge.DueSoonUntil(now, calendar);
        open = dueStatus switch
        {
            DueStatus.Overdue => open.Where(d => d.Due < now),
            DueStatus.DueSoon => open.Where(d => d.Due >= now && d.Due < soonUntil),
            DueStatus.OnTrack => open.Where(d => d.Due >= soonUntil),
            DueStatus.None => open.Where(d => d.Due == null),
            _ => open,
        };
        var (number, size) = (page ?? 1, pageSize ?? 20);
        var total = await open.CountAsync(cancellationToken);
        var rows = await Rows(open.OrderBy(d => d.Due == null).ThenBy(d => d.Due).ThenBy(d => d.Code).Skip((number - 1) * size).Take(size), now, calendar, cancellationToken);
        return TypedResults.Ok(new InboxPage(total, number, size, rows));
    }

    static async Task<Results<Ok<List<DossierRowDto>>, ValidationProblem>> SearchAsync(string? q, MotCuaDbContext db, CurrentOfficer officer,
        LocalitySource localities, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? "";
        if (text.Length is < 2 or > 200)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Nhập mã hồ sơ, số điện thoại hoặc họ tên người nộp (2 đến 200 ký tự)."] },
                title: "Tham số không hợp lệ");
        var visible = db.Dossiers.VisibleTo(officer);
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var found = DossierCode.TryParse(text, out var code) ? visible.Where(d => d.Code == code)
            : digits.Length >= 9 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+') ? visible.Where(d => d.Applicant.Phone == digits)
            : visible.Where(d => d.Applicant.Name.Contains(text));
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var rows = await Rows(found.OrderByDescending(d => d.SubmittedAt).Take(MaxSearchResults), time.GetUtcNow(), calendar, cancellationToken);
        return TypedResults.Ok(rows);
    }

    static readonly DossierState[] Unfinished = Enum.GetValues<DossierState>().Where(s => !s.IsFinal()).ToArray();

    static async Task<List<DossierRowDto>> Rows(IQueryable<Dossier> dossiers, DateTimeOffset now, Domain.Time.WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var rows = await dossiers
            .Select(d => new { d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name, d.State, d.Step, d.Version.Workflow, d.StepDue, d.Due })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new DossierRowDto(r.Code.ToString(), r.Procedure, r.Applicant, r.State.ToString(), r.State.Vietnamese(),
            r.Step is { } i ? r.Workflow[i].Name : null, OfficerDossierDto.Local(calendar, r.StepDue), OfficerDossierDto.Local(calendar, r.Due),
            DueBadge.Status(r.Due, now, calendar).ToString())).ToList();
    }
}
