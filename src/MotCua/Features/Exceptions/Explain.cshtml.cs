using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Exceptions;

/// <summary>The competent agency explains an overdue dossier in writing to the Center (R35).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class ExplainModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty]
    public string? Text { get; set; }


    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() =>
        Act(() => Dossier.ExplainOverdue(Text?.Trim() ?? "", Officer.Actor, Now), "Đã gửi văn bản giải trình hồ sơ quá hạn cho Trung tâm.", Text);
}
