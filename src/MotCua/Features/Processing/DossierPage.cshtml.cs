using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Processing;

/// <summary>
/// One dossier for any officer who may see it: its details, its clock (R45), its step (R47), the
/// control slip (Mẫu 06, R13), and the actions the officer may take now, each through the aggregate.
/// </summary>
public sealed class DossierPageModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    /// <summary>Longer texts are not reasons but pasted documents; the slip keeps them short.</summary>
    public const int MaxText = 2000;

    /// <summary>The handler that was posted, so a refused form shows again what the officer typed.</summary>
    string? _posted;

    public Dossier Dossier { get; private set; } = null!;
    public Locality Locality { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public string AgencyName { get; private set; } = "";

    /// <summary>The forms issued for this dossier as stored at their first print (R52).</summary>
    public IReadOnlyList<IssuedForm> StoredForms { get; private set; } = [];

    /// <summary>The signed electronic results the agency attached (R22).</summary>
    public IReadOnlyList<DossierFile> ResultFiles { get; private set; } = [];

    /// <summary>The components with at least one scan (số hóa, R5).</summary>
    public IReadOnlySet<string> Digitized { get; private set; } = new HashSet<string>();

    /// <summary>Why the action just posted was not applied: a broken rule, or another officer's change.</summary>
    public string? Problem { get; private set; }

    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    string Code => (string)RouteData.Values["code"]!;

    public string? TextFor(string handler) => _posted == handler ? Text : null;

    /// <summary>Every handler works on the dossier loaded here; one the officer may not see answers 404.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!await LoadAsync(context.HttpContext.RequestAborted))
        {
            context.Result = NotFound();
            return;
        }
        Locality = await localities.GetAsync(db, context.HttpContext.RequestAborted);
        Now = time.GetUtcNow();
        _posted = context.HandlerMethod?.Name;
        await next();
    }

    async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.LoadVisibleAsync(Code, officer, cancellationToken) is not { } dossier)
            return false;
        Dossier = dossier;
        AgencyName = await db.Units.Where(u => u.Id == dossier.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? dossier.AgencyId;
        StoredForms = await db.IssuedForms.AsNoTracking().Where(f => f.DossierCode == dossier.Code).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var files = await Files.DossierFilesModel.ListAsync(db, dossier.Code);
        Digitized = files.Where(f => f.Kind == DossierFileKind.Scan).Select(f => f.Component!).ToHashSet();
        ResultFiles = files.Where(f => f.Kind == DossierFileKind.Result).ToList();
        return true;
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostForwardAsync() =>
        Act(() => Dossier.Forward(officer.Actor, Now, Locality), "Đã chuyển hồ sơ sang bước tiếp theo.");

    public Task<IActionResult> OnPostApproveAsync() =>
        Act(() => Dossier.Approve(officer.Actor, Now, Locality), "Đã duyệt và chuyển hồ sơ sang bước tiếp theo.");

    public Task<IActionResult> OnPostSendBackAsync() =>
        Act(() => Dossier.SendBack(Text ?? "", officer.Actor, Now, Locality), "Đã trả hồ sơ về bước trước.");

    public Task<IActionResult> OnPostRecordResultAsync() =>
        Act(() => Dossier.RecordResult(Text ?? "", officer.Actor, Now, Locality), "Đã ghi nhận kết quả giải quyết.");

    public Task<IActionResult> OnPostRefuseAsync() =>
        Act(() => Dossier.Refuse(Text ?? "", officer.Actor, Now, Locality), "Đã từ chối giải quyết hồ sơ; phiếu từ chối là kết quả của hồ sơ.");

    public Task<IActionResult> OnPostHandOverAsync() =>
        Act(() => Dossier.HandToReturnDesk(officer.Actor, Now, Locality), "Đã chuyển kết quả về Trung tâm.");

    public Task<IActionResult> OnPostRecallAsync() =>
        Act(() => Dossier.Recall(officer.Actor, Now, Locality), "Đã thu hồi hồ sơ vừa chuyển.");

    public Task<IActionResult> OnPostTransferAsync() =>
        Act(() => Dossier.Transfer(officer.Actor, Now, Locality), "Đã chuyển hồ sơ đến cơ quan giải quyết.");

    /// <summary>
    /// Applies one action: a broken rule is shown with nothing changed; a save that lost the race to
    /// another officer is shown with the dossier as it now stands; otherwise back to the page (PRG).
    /// </summary>
    async Task<IActionResult> Act(Func<Outcome> action, string done)
    {
        Text = Text?.Trim();
        if (Text?.Length > MaxText)
        {
            Problem = $"Nội dung dài quá {MaxText} ký tự; xin ghi ngắn gọn.";
            return Page();
        }
        if (action().Broken is { } broken)
        {
            Problem = $"{broken.Message} ({broken.RuleId})";
            return Page();
        }
        if (await db.SaveActionAsync(HttpContext.RequestAborted) is { } conflict)
        {
            Problem = conflict;
            db.ChangeTracker.Clear();
            if (!await LoadAsync(HttpContext.RequestAborted))
                return NotFound();
            return Page();
        }
        Done = done;
        return RedirectToPage(new { code = Code });
    }

    // ---- What the page offers: the same conditions the aggregate checks, so no button leads to a refusal ----

    /// <summary>The current step when the officer holds it: its role, in the unit that acts at it (the agency, or the Center for a Center role).</summary>
    WorkflowStep? HeldStep => Dossier.State == DossierState.InProcessing && Dossier.CurrentStep is { } step && step.Role == officer.Role
        && officer.UnitId == (officer.IsCenterRole ? Dossier.CenterId : Dossier.AgencyId) ? step : null;

    bool StepAllows(WorkflowAction action) => HeldStep?.Actions.Contains(action) == true;

    bool HasNextStep => Dossier.Step + 1 < Dossier.Version.Workflow.Count;

    public bool CanForward => StepAllows(WorkflowAction.Forward) && HasNextStep;
    public bool CanApprove => StepAllows(WorkflowAction.Approve) && HasNextStep;
    public bool CanSendBack => StepAllows(WorkflowAction.SendBack) && Dossier.Step > 0;
    public bool CanRecordResult => StepAllows(WorkflowAction.RecordResult);
    public bool CanRefuse => StepAllows(WorkflowAction.Refuse) && Now <= Dossier.Due;

    public bool CanHandOver => Dossier.State == DossierState.ResultReady
        && officer.Role is Role.Processor or Role.AgencyLeader && officer.UnitId == Dossier.AgencyId;

    public bool CanTransfer => Dossier.State == DossierState.Received
        && officer.Role is Role.Reception or Role.CenterStaff && officer.UnitId == Dossier.CenterId;

    public bool CanActNow => CanForward || CanApprove || CanSendBack || CanRecordResult || CanRefuse || CanHandOver || CanTransfer;

    public DueStatus Status(DateTimeOffset? due) => DueBadge.Status(due, Now, Locality.Calendar);

    public string StepLabel(int step) => $"Bước {step + 1}: {Dossier.Version.Workflow[step].Name}";

    public static string Segment(ClockSegmentKind kind) => kind switch
    {
        ClockSegmentKind.Running => "Tính thời hạn từ khi tiếp nhận",
        ClockSegmentKind.Paused => "Tạm dừng, chờ bổ sung hồ sơ",
        _ => "Tính lại từ đầu sau khi nhận hồ sơ bổ sung",
    };
}
