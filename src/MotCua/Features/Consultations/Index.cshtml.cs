using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Consultations;

/// <summary>One consultation as a row: the dossier, the lead and consulted agencies, the deadline, the answer.</summary>
public sealed record ConsultationRow(DossierCode Code, string ProcedureName, string LeadAgency, string ConsultedAgency, Consultation Consultation);

/// <summary>
/// Consultations (R19): an agency sees what it was asked and what it asked others; the Center sees every
/// consultation of its dossiers. Late ones come first and are flagged, for the Center and the lead agency to act.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, TimeProvider time) : PageModel
{
    public IReadOnlyList<ConsultationRow> Asked { get; private set; } = [];
    public IReadOnlyList<ConsultationRow> AskedOthers { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public CurrentOfficer Officer => officer;

    static readonly DossierState[] Undecided = Enum.GetValues<DossierState>().Where(s => s.IsBeforeDecision()).ToArray();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        string Name(string id) => units.GetValueOrDefault(id, id);
        IEnumerable<ConsultationRow> Rows(IEnumerable<Dossier> dossiers, Func<Consultation, bool> which) =>
            dossiers.SelectMany(d => d.Consultations.Where(which).Select(c => new ConsultationRow(d.Code, d.Procedure.Name, Name(d.AgencyId), Name(c.AgencyId), c)))
                .OrderByDescending(r => r.Consultation.IsLate(Now)).ThenBy(r => r.Consultation.IsOpen ? 0 : 1).ThenBy(r => r.Consultation.ReplyBy);

        // Dossiers still being decided: a consultation on a decided dossier is history, on its own page.
        var consulted = await db.Dossiers.ConsultedWith(officer).Where(d => Undecided.Contains(d.State))
            .AsNoTracking().Include(d => d.Procedure).ToListAsync(cancellationToken);
        Asked = Rows(consulted, c => c.AgencyId == officer.UnitId).ToList();
        var own = await db.Dossiers.VisibleTo(officer).AsNoTracking().Where(d => Undecided.Contains(d.State) && d.ConsultedAgencyIds.Length > 0)
            .Include(d => d.Procedure).ToListAsync(cancellationToken);
        AskedOthers = Rows(own, _ => true).ToList();
    }

    public static string When(DateTimeOffset? instant) => DueBadge.Show(instant);

    public bool IsCenter => officer.Role is Role.Reception or Role.CenterStaff or Role.CenterDirector;
}
