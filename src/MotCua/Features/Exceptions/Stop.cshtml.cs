using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Exceptions;

/// <summary>The Center stops a dossier at the applicant's written request, only before a decision is issued (Mẫu 05; NĐ 118 Art. 21).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class StopModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty]
    public string? Reason { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() =>
        Act(() => Dossier.Stop(Reason?.Trim() ?? "", Officer.Actor, Now), "Đã dừng giải quyết hồ sơ theo yêu cầu của người nộp.", Reason);
}
