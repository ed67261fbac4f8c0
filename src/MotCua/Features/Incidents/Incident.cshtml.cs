using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Incidents;

/// <summary>A lost or damaged dossier or a wrong result, with who is responsible and what was done (R20).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IncidentModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty]
    public IncidentKind Kind { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? ResponsibleParty { get; set; }

    [BindProperty]
    public string? ActionTaken { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() =>
        Act(() => Dossier.RecordIncident(Kind, Description?.Trim() ?? "", ResponsibleParty?.Trim() ?? "", ActionTaken?.Trim() ?? "", Officer.Actor, Now),
            "Đã ghi nhận sự cố của hồ sơ.", Description, ResponsibleParty, ActionTaken);

    public static string Vietnamese(IncidentKind kind) => kind switch
    {
        IncidentKind.Lost => "Thất lạc hồ sơ",
        IncidentKind.Damaged => "Hư hỏng hồ sơ",
        _ => "Sai sót trong kết quả",
    };
}
