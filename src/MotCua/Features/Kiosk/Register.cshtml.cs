using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Platform;

namespace MotCua.Features.Kiosk;

/// <summary>
/// The Center's administrator or staff make the screen in front of them a kiosk (<see cref="KioskDevice"/>), then leave
/// it signed out: a kiosk serves citizens under no officer's account.
/// </summary>
[Authorize(Roles = $"{nameof(Role.Admin)},{nameof(Role.CenterStaff)},{nameof(Role.CenterDirector)}")]
public sealed class RegisterModel(CurrentOfficer officer, SignInManager<Officer> signIn) : PageModel
{
    public const int NameLength = 60;

    [BindProperty] public string? Name { get; set; }

    public KioskPass? Current { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet() => Current = KioskDevice.Of(HttpContext);

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim() ?? "";
        Problem = name.Length == 0 ? "Nhập tên ki-ốt để phân biệt các màn hình trong sảnh."
            : name.Length > NameLength ? $"Tên ki-ốt dài quá {NameLength} ký tự."
            : name.Any(char.IsControl) ? "Tên ki-ốt có ký tự điều khiển; xin nhập lại."
            : null;
        if (Problem is not null)
        {
            Current = KioskDevice.Of(HttpContext);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        KioskDevice.Register(HttpContext, officer.UnitId, name);
        await signIn.SignOutAsync();
        return LocalRedirect("/kiosk");
    }

    public IActionResult OnPostForget()
    {
        KioskDevice.Forget(HttpContext);
        return LocalRedirect("/kiosk/dang-ky");
    }
}
