using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Data;
using MotCua.Platform;

namespace MotCua.Features.Portal;

/// <summary>
/// The public status lookup: a dossier code and the last four digits of the applicant's phone.
/// Rate limited per client, so codes cannot be tried in bulk.
/// </summary>
[EnableRateLimiting(WebSetup.PublicLookup)]
public sealed class LookupModel(MotCuaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "so")]
    public string? Digits { get; set; }

    public DossierStatus? Status { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Digits))
            return;
        if (string.IsNullOrWhiteSpace(Code))
        {
            Problem = "Nhập mã hồ sơ.";
            return;
        }
        if (!StatusLookup.IsLastFour(Digits?.Trim()))
        {
            Problem = StatusLookup.DigitsRequired;
            return;
        }
        Status = await StatusLookup.FindAsync(db, Code, Digits!.Trim(), cancellationToken);
        Problem = Status is null ? StatusLookup.NotFound + "." : null;
    }
}
