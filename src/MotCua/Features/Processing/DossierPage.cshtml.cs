using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Processing;

/// <summary>
/// One dossier for any officer who may see it: its details, its clock (R45), its step (R47), the
/// control slip (Mẫu 06, R13), and the main-path actions the aggregate allows the officer now.
/// </summary>
public sealed class DossierPageModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    /// <summary>The main path's actions this page offers, in the order of a dossier's life, with what each asks the officer to type.</summary>
    public static readonly IReadOnlyList<MainAction> MainActions =
    [
        new(DossierCommand.Transfer, "Chuyển hồ sơ đến cơ quan giải quyết", null),
        new(DossierCommand.Forward, "Chuyển bước tiếp theo", null),
        new(DossierCommand.Approve, "Duyệt", null),
        new(DossierCommand.RecordResult, "Ghi nhận kết quả", "Kết quả giải quyết"),
        new(DossierCommand.SendBack, "Trả lại bước trước", "Lý do trả lại"),
        new(DossierCommand.Refuse, "Từ chối giải quyết", "Lý do từ chối giải quyết"),
        new(DossierCommand.HandToReturnDesk, "Chuyển kết quả về Trung tâm", null),
    ];

    /// <summary>The command that was posted, so a refused form shows again what the officer typed.</summary>
    DossierCommand? _posted;

    public string AgencyName { get; private set; } = "";

    /// <summary>The forms issued for this dossier as stored at their first print (R52).</summary>
    public IReadOnlyList<IssuedForm> StoredForms { get; private set; } = [];

    /// <summary>The signed electronic results the agency attached (R22).</summary>
    public IReadOnlyList<DossierFile> ResultFiles { get; private set; } = [];

    /// <summary>The components with at least one scan (số hóa, R5).</summary>
    public IReadOnlySet<string> Digitized { get; private set; } = new HashSet<string>();

    [BindProperty]
    public string? Text { get; set; }

    public string? TextFor(DossierCommand command) => _posted == command ? Text : null;

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        AgencyName = await Db.Units.Where(u => u.Id == Dossier.AgencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? Dossier.AgencyId;
        StoredForms = await Db.IssuedForms.AsNoTracking().Where(f => f.DossierCode == Dossier.Code).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var files = await Files.DossierFilesModel.ListAsync(Db, Dossier.Code);
        Digitized = files.Where(f => f.Kind == DossierFileKind.Scan).Select(f => f.Component!).ToHashSet();
        ResultFiles = files.Where(f => f.Kind == DossierFileKind.Result).ToList();
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostTransferAsync() => Main(DossierCommand.Transfer, t => Dossier.Transfer(Officer.Actor, Now, Locality),
        "Đã chuyển hồ sơ đến cơ quan giải quyết.");

    public Task<IActionResult> OnPostForwardAsync() => Main(DossierCommand.Forward, t => Dossier.Forward(Officer.Actor, Now, Locality),
        "Đã chuyển hồ sơ sang bước tiếp theo.");

    public Task<IActionResult> OnPostApproveAsync() => Main(DossierCommand.Approve, t => Dossier.Approve(Officer.Actor, Now, Locality),
        "Đã duyệt và chuyển hồ sơ sang bước tiếp theo.");

    public Task<IActionResult> OnPostSendBackAsync() => Main(DossierCommand.SendBack, t => Dossier.SendBack(t, Officer.Actor, Now, Locality),
        "Đã trả hồ sơ về bước trước.");

    public Task<IActionResult> OnPostRecordResultAsync() => Main(DossierCommand.RecordResult, t => Dossier.RecordResult(t, Officer.Actor, Now, Locality),
        "Đã ghi nhận kết quả giải quyết.");

    public Task<IActionResult> OnPostRefuseAsync() => Main(DossierCommand.Refuse, t => Dossier.Refuse(t, Officer.Actor, Now, Locality),
        "Đã từ chối giải quyết hồ sơ; phiếu từ chối là kết quả của hồ sơ.");

    public Task<IActionResult> OnPostHandToReturnDeskAsync() => Main(DossierCommand.HandToReturnDesk, t => Dossier.HandToReturnDesk(Officer.Actor, Now, Locality),
        "Đã chuyển kết quả về Trung tâm.");

    public Task<IActionResult> OnPostRecallAsync() => Main(DossierCommand.Recall, t => Dossier.Recall(Officer.Actor, Now, Locality),
        "Đã thu hồi hồ sơ vừa chuyển.");

    Task<IActionResult> Main(DossierCommand command, Func<string, Domain.Outcome> action, string done)
    {
        _posted = command;
        var text = Text?.Trim() ?? "";
        return Act(() => action(text), done, text);
    }

    public DueStatus Status(DateTimeOffset? due) => DueBadge.Status(due, Now, Locality.Calendar);

    public string StepLabel(int step) => $"Bước {step + 1}: {Dossier.Version.Workflow[step].Name}";

    public static string Segment(ClockSegmentKind kind) => kind switch
    {
        ClockSegmentKind.Running => "Tính thời hạn từ khi tiếp nhận",
        ClockSegmentKind.Paused => "Tạm dừng, chờ bổ sung hồ sơ",
        _ => "Tính lại từ đầu sau khi nhận hồ sơ bổ sung",
    };
}

/// <summary>A main-path action as the dossier page offers it; <see cref="TextLabel"/> when the officer must type a reason or the result.</summary>
public sealed record MainAction(DossierCommand Command, string Label, string? TextLabel);
