using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>The records behind one figure of an evaluation (R31): the dossiers, ratings, feedback or absences it counted when computed.</summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class EvaluationSourcesModel(MotCuaDbContext db, EvaluationDesk desk, CurrentOfficer officer) : PageModel
{
    [FromRoute(Name = "id")] public int Id { get; set; }
    [FromQuery(Name = "basis")] public string? Basis { get; set; }
    [FromQuery(Name = "measure")] public string? Measure { get; set; }

    public OfficerAppraisal Appraisal { get; private set; } = null!;
    public AppraisalFigure Figure { get; private set; } = null!;
    /// <summary>Each record: its code or id, where it is shown (null: no page), and what it is.</summary>
    public IReadOnlyList<(string Ref, string? Link, string Text)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(Id, officer.Actor, cancellationToken) is not { } appraisal)
            return NotFound();
        Appraisal = appraisal;
        if (appraisal.Figures.FirstOrDefault(f => f.Basis.ToString() == Basis && f.Measure == Measure) is not { } figure)
            return NotFound();
        Figure = figure;
        Rows = figure.Source switch
        {
            FigureSource.Dossier => await DossiersAsync(figure.Refs, cancellationToken),
            FigureSource.Rating => await RatingsAsync(figure.Refs, cancellationToken),
            FigureSource.Feedback => await FeedbackAsync(figure.Refs, cancellationToken),
            _ => await AbsencesAsync(figure.Refs, cancellationToken),
        };
        return Page();
    }

    static List<DossierCode> Codes(IReadOnlyList<string> refs) => refs.Select(r => DossierCode.TryParse(r, out var code) ? code : null).OfType<DossierCode>().ToList();

    async Task<IReadOnlyList<(string, string?, string)>> DossiersAsync(IReadOnlyList<string> refs, CancellationToken cancellationToken)
    {
        var codes = Codes(refs);
        var found = await db.Dossiers.AsNoTracking().Where(d => codes.Contains(d.Code))
            .Select(d => new { d.Code, Procedure = d.Procedure.Name, d.State }).ToListAsync(cancellationToken);
        return refs.Select(r => found.FirstOrDefault(d => d.Code.ToString() == r) is { } d
            ? (r, (string?)$"/ho-so/{r}", $"{d.Procedure} — {d.State.Vietnamese()}")
            : (r, null, "Không còn trong hệ thống")).ToList();
    }

    async Task<IReadOnlyList<(string, string?, string)>> RatingsAsync(IReadOnlyList<string> refs, CancellationToken cancellationToken)
    {
        var codes = Codes(refs);
        var found = await db.Ratings.AsNoTracking().Where(r => codes.Contains(r.DossierCode)).ToListAsync(cancellationToken);
        return refs.Select(r => found.FirstOrDefault(x => x.DossierCode.ToString() == r) is { } rating
            ? (r, (string?)$"/ho-so/{r}", $"{Domain.Ratings.Satisfaction.Vietnamese(rating.Level)}, ngày {VietnameseFormat.Date(rating.RatedAt)}"
                + (rating.Comment is { } c ? $": {c}" : ""))
            : (r, null, "Không còn trong hệ thống")).ToList();
    }

    async Task<IReadOnlyList<(string, string?, string)>> FeedbackAsync(IReadOnlyList<string> refs, CancellationToken cancellationToken)
    {
        var found = await db.FeedbackItems.AsNoTracking().Where(f => refs.Contains(f.Code)).Select(f => new { f.Code, f.Subject, f.ReceivedAt }).ToListAsync(cancellationToken);
        return refs.Select(r => found.FirstOrDefault(f => f.Code == r) is { } f
            ? (r, (string?)$"/phan-anh-kien-nghi/{r}", $"{f.Subject}, ngày {VietnameseFormat.Date(f.ReceivedAt)}")
            : (r, null, "Không còn trong hệ thống")).ToList();
    }

    async Task<IReadOnlyList<(string, string?, string)>> AbsencesAsync(IReadOnlyList<string> refs, CancellationToken cancellationToken)
    {
        var ids = refs.Select(r => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
        var found = await db.Absences.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        return found.OrderBy(a => a.From).Select(a => (a.Id.ToString(CultureInfo.InvariantCulture), (string?)null,
            $"{a.Kind.Vietnamese()}: {VietnameseFormat.DateTime(a.From)} – {VietnameseFormat.DateTime(a.To)}; {a.Reason}"
            + (a.SubstituteName is { } s ? $"; người thay: {s}" : ""))).ToList();
    }
}
