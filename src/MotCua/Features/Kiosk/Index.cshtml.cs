using MotCua.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Features.Kiosk;

/// <summary>The kiosk's home (issue 15): four large choices a citizen can touch.</summary>
public sealed class IndexModel : PageModel
{
    public bool Registered { get; private set; }

    public void OnGet() => Registered = KioskDevice.Of(HttpContext) is not null;
}
