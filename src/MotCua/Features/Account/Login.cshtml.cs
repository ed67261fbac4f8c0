using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain;

namespace MotCua.Features.Account;

public sealed class LoginModel(SignInManager<Officer> signIn, UserManager<Officer> users) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Nhập tên đăng nhập.")]
    public string UserName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Nhập mật khẩu."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "Tên đăng nhập hoặc mật khẩu không đúng.");
            return Page();
        }
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
            return LocalRedirect(ReturnUrl);
        var officer = await users.FindByNameAsync(UserName.Trim());
        var role = Enum.Parse<Role>((await users.GetRolesAsync(officer!)).First());
        return LocalRedirect(Home(role));
    }

    /// <summary>Where each role starts its day.</summary>
    public static string Home(Role role) => role switch
    {
        Role.Reception => "/tiep-nhan",
        Role.Processor or Role.AgencyLeader => "/xu-ly",
        Role.CenterStaff or Role.CenterDirector => "/giam-sat",
        Role.Admin => "/quan-tri",
        Role.Courier => "/chuyen-giao-nhan",
        _ => "/",
    };
}
