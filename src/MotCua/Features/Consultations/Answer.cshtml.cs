using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Consultations;

/// <summary>A consulted agency answers in writing, or declines when the matter is outside its remit (R19).</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class AnswerModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public bool Declined { get; set; }

    public Consultation? Open => Dossier.OpenFor(Officer.UnitId);

    /// <summary>The consulted agency sees the dossier only through its consultation.</summary>
    protected override Task<Dossier?> FindAsync(CancellationToken cancellationToken) => Db.LoadConsultedAsync(Code, Officer, cancellationToken);

    protected override string AfterAction => "/xin-y-kien";

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() =>
        Act(() => Dossier.AnswerConsultation(Text?.Trim() ?? "", Declined, Officer.Actor, Now, Locality),
            $"Đã gửi ý kiến về hồ sơ {Code}.", Text);
}
