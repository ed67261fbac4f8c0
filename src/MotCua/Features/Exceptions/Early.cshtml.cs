using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Exceptions;

/// <summary>The return desk invites the applicant to collect a result that is ready before the due day (R24).</summary>
[Authorize(Policy = Policies.Reception)]
public sealed class EarlyModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() =>
        Act(() => Dossier.InviteEarlyCollection(Officer.Actor, Now, Locality), "Đã ghi nhận mời người nộp đến nhận kết quả sớm.");
}
