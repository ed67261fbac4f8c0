using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// One seconded officer's records (R69, R70): the assets handed and handed back, uniforms as the profile has the Center supply them,
/// training with who organised it, awards proposed and given. The Center records each through <see cref="RecordsDesk"/>; an agency's
/// leader reads its own officers'. Outside the caller's scope: 404.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class RecordsOfficerModel(MotCuaDbContext db, RecordsDesk desk, CurrentOfficer officer) : PageModel
{
    [FromRoute(Name = "id")] public int Id { get; set; }
    /// <summary>The record a row's form acts on, and the row version it was drawn from.</summary>
    [BindProperty] public int? Record { get; set; }
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public HandoverForm Asset { get; set; } = new();
    [BindProperty] public HandBackForm Back { get; set; } = new();
    [BindProperty] public UniformForm Uniform { get; set; } = new();
    [BindProperty] public TrainingForm Training { get; set; } = new();
    [BindProperty] public TrainingResultForm Result { get; set; } = new();
    [BindProperty] public AwardForm Award { get; set; } = new();
    [BindProperty] public GrantForm Grant { get; set; } = new();

    public Secondment Officer { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";
    public int? CounterNumber { get; private set; }
    public OfficerSupport Support { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<AssetHandover> Handovers { get; private set; } = [];
    public IReadOnlyList<UniformIssue> Uniforms { get; private set; } = [];
    public IReadOnlyList<TrainingRecord> Trainings { get; private set; } = [];
    public IReadOnlyList<AwardRecord> Awards { get; private set; } = [];
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public Actor By => officer.Actor;

    /// <summary>New records are the Center's, about an officer it approved and who has not left.</summary>
    public bool Records => StaffingDesk.IsCenter(By) && Officer.State == SecondmentState.Approved;

    public UniformAction? UniformAction => UniformIssue.ActionUnder(Support.Uniforms);

    /// <summary>Where the Center issues uniforms yearly and this officer, serving today, has none this year.</summary>
    public bool UniformDue => UniformIssue.WithoutIssueThisYear([Officer], Uniforms, Today, Support.Uniforms).Count > 0;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var cancellationToken = context.HttpContext.RequestAborted;
        if (await desk.OfficerAsync(Id, By, cancellationToken) is not { } secondment)
        {
            context.Result = NotFound();
            return;
        }
        Officer = secondment;
        var (locality, today) = await desk.TodayAsync(cancellationToken);
        (Support, Today) = (locality.Profile.OfficerSupport, today);
        AgencyName = await db.Units.AsNoTracking().Where(u => u.Id == secondment.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? secondment.AgencyId;
        CounterNumber = secondment.CounterId is { } counter
            ? await db.Counters.AsNoTracking().Where(c => c.Id == counter).Select(c => (int?)c.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        await next();
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Uniform.Action = UniformAction?.ToString();
        Uniform.On = Grant.On = Award.On = Today.ToString("yyyy-MM-dd");
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostHandAsync(CancellationToken cancellationToken)
    {
        var reader = new FieldReader();
        var (kind, item, code, condition) = Asset.Read(reader);
        return await InvalidAsync(reader, nameof(Asset), cancellationToken)
            ?? await ActedAsync(await desk.HandAsync(Officer, kind, item, code, condition, By, cancellationToken),
                $"Đã bàn giao {item} (mã {code}) cho {Officer.OfficerName}; chờ cán bộ xác nhận nhận bàn giao.", "tai-san", cancellationToken);
    }

    public async Task<IActionResult> OnPostHandBackAsync(CancellationToken cancellationToken)
    {
        var reader = new FieldReader();
        var condition = Back.Read(reader);
        return await InvalidAsync(reader, nameof(Back), cancellationToken)
            ?? await ActOnAsync(desk.Handovers(By), (h, at) => h.HandBack(condition, By, at), "Đã nhận lại tài sản.", "tai-san", cancellationToken);
    }

    public async Task<IActionResult> OnPostUniformAsync(CancellationToken cancellationToken)
    {
        var reader = new FieldReader();
        var (action, items, on) = Uniform.Read(reader);
        return await InvalidAsync(reader, nameof(Uniform), cancellationToken)
            ?? await ActedAsync(await desk.UniformAsync(Officer, action, items, on, By, cancellationToken),
                $"Đã ghi {action.Vietnamese().ToLowerInvariant()} ngày {on:dd/MM/yyyy}.", "dong-phuc", cancellationToken);
    }

    public async Task<IActionResult> OnPostTrainingAsync(CancellationToken cancellationToken)
    {
        var reader = new FieldReader();
        var (course, arrangement, organiser, from, to) = Training.Read(reader);
        return await InvalidAsync(reader, nameof(Training), cancellationToken)
            ?? await ActedAsync(await desk.TrainingAsync(Officer, course, arrangement, organiser, from, to, By, cancellationToken),
                $"Đã ghi nhận khóa \"{course}\".", "dao-tao", cancellationToken);
    }

    public async Task<IActionResult> OnPostResultAsync(CancellationToken cancellationToken)
    {
        var reader = new FieldReader();
        var (result, certificate) = Result.Read(reader);
        return await InvalidAsync(reader, nameof(Result), cancellationToken)
            ?? await ActOnAsync(desk.Trainings(By), (t, at) => t.RecordResult(result, certificate, Today, By, at), "Đã ghi kết quả đào tạo.", "dao-tao", cancellationToken);
    }

    public async Task<IActionResult> OnPostAwardAsync(CancellationToken cancellationToken)
    {
        var reader = new FieldReader();
        var (state, title, reason, reference, on) = Award.Read(reader);
        return await InvalidAsync(reader, nameof(Award), cancellationToken)
            ?? await ActedAsync(await desk.AwardAsync(Officer, state, title, reason, reference, on, By, cancellationToken),
                state == AwardState.Proposed ? $"Đã ghi đề xuất khen thưởng \"{title}\"." : $"Đã ghi nhận khen thưởng \"{title}\".", "khen-thuong", cancellationToken);
    }

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        var reader = new FieldReader();
        var (decision, on) = Grant.Read(reader);
        return await InvalidAsync(reader, nameof(Grant), cancellationToken)
            ?? await ActOnAsync(desk.Awards(By), (a, at) => a.Grant(decision, on, Today, By, at), "Đã ghi quyết định khen thưởng.", "khen-thuong", cancellationToken);
    }

    /// <summary>Acts on one of this officer's records, the one the row's form names.</summary>
    async Task<IActionResult> ActOnAsync<T>(IQueryable<T> scope, Func<T, DateTimeOffset, Outcome> act, string done, string section, CancellationToken cancellationToken)
        where T : class
    {
        var found = await scope.FirstOrDefaultAsync(r => EF.Property<int>(r, "Id") == Record && EF.Property<int>(r, "SecondmentId") == Id, cancellationToken);
        var acted = found is null ? new StaffingActed.NotFound() : await desk.Staffing.ActAsync(found, Seen, act, cancellationToken);
        return await ActedAsync(acted, done, section, cancellationToken);
    }

    /// <summary>Done: back to the section with the message. Otherwise the message and its status, with the page as the database has it.</summary>
    async Task<IActionResult> ActedAsync(StaffingActed acted, string done, string section, CancellationToken cancellationToken)
    {
        if (acted is StaffingActed.Done)
        {
            Done = done;
            return Redirect($"/can-bo/{Id}/ho-so#{section}");
        }
        Problem = acted.Message;
        Response.StatusCode = acted.Status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Field errors (400) with the form re-shown as typed; null when the form reads well.</summary>
    async Task<IActionResult?> InvalidAsync(FieldReader reader, string form, CancellationToken cancellationToken)
    {
        if (reader.Errors.Count == 0)
            return null;
        foreach (var error in reader.Errors)
            ModelState.AddModelError($"{form}.{error.Field}", error.Message);
        Problem = "Chưa ghi được: " + string.Join(" ", reader.Errors.Select(e => e.Message));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Tracked where a row version is shown: a detached record has none to read.</summary>
    async Task LoadAsync(CancellationToken cancellationToken)
    {
        Handovers = await desk.Handovers(By).Where(h => h.SecondmentId == Id).OrderByDescending(h => h.HandedAt).ToListAsync(cancellationToken);
        Uniforms = await desk.Uniforms(By).AsNoTracking().Where(u => u.SecondmentId == Id).OrderByDescending(u => u.On).ToListAsync(cancellationToken);
        Trainings = await desk.Trainings(By).Where(t => t.SecondmentId == Id).OrderByDescending(t => t.From).ToListAsync(cancellationToken);
        Awards = await desk.Awards(By).Where(a => a.SecondmentId == Id).OrderByDescending(a => a.RecordedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The row version a row's form carries.</summary>
    public int RowVersion(object record) => desk.Staffing.RowVersion(record);
}
