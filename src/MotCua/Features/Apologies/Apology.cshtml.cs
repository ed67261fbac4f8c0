using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Apologies;

/// <summary>
/// The apology with a new date (R18, R46; Mẫu 04): the processor drafts the reason and the new date,
/// the agency leader approves, the Center's due date moves; once per dossier, no later than the end
/// of the working day before the due day. The original due date stays on the page.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class ApologyModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? NewDate { get; set; }

    [BindProperty]
    public TimeOnly? NewTime { get; set; }

    public DateTimeOffset? Deadline => Dossier.Due is { } due ? TimelinessRules.ApologyDeadline(due, Locality.Calendar) : null;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostProposeAsync()
    {
        if (NewDate is not { } date)
        {
            Problem = "Chọn ngày hẹn trả kết quả mới.";
            return Task.FromResult<IActionResult>(Page());
        }
        var newDue = Locality.Calendar.AtLocal(date, NewTime ?? new TimeOnly(17, 0));
        return Act(() => Dossier.ProposeApology(Reason?.Trim() ?? "", newDue, Officer.Actor, Now, Locality),
            "Đã gửi dự thảo văn bản xin lỗi, hẹn lại ngày trả kết quả để lãnh đạo duyệt.", Reason);
    }

    public Task<IActionResult> OnPostApproveAsync() =>
        Act(() => Dossier.ApproveApology(Officer.Actor, Now, Locality),
            "Đã duyệt văn bản xin lỗi; hạn trả kết quả của hồ sơ đã được dời.");
}
