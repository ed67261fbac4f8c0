using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;

namespace MotCua.Features.Admin;

/// <summary>Officers, their unit and their one role; create, move, lock and unlock accounts.</summary>
public sealed class OfficersModel(MotCuaDbContext db, UserManager<Officer> users, RoleManager<IdentityRole> roles, TimeProvider time) : PageModel
{
    public static readonly Role[] OfficerRoles = [Role.Reception, Role.Processor, Role.AgencyLeader, Role.CenterStaff, Role.CenterDirector, Role.Admin, Role.Courier];

    public sealed record Row(Officer Officer, Role? Role, string UnitName, bool Locked);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "Nhập tên đăng nhập."), RegularExpression("^[a-z0-9._-]{3,40}$", ErrorMessage = "Tên đăng nhập gồm 3–40 chữ thường không dấu, số, dấu chấm, gạch.")]
    public string UserName { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "Nhập họ tên."), StringLength(200)] public string FullName { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "Chọn đơn vị.")] public string UnitId { get; set; } = "";
    [BindProperty] public Role Role { get; set; } = Role.Processor;
    [BindProperty, Required(ErrorMessage = "Nhập mật khẩu ban đầu."), MinLength(10, ErrorMessage = "Mật khẩu có ít nhất 10 ký tự.")]
    public string Password { get; set; } = "";
    [BindProperty] public string? OfficerId { get; set; }

    [TempData] public string? Done { get; set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        Units = await db.Units.OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync();
        var names = Units.ToDictionary(u => u.Id, u => u.Name);
        var rows = new List<Row>();
        foreach (var officer in await users.Users.OrderBy(o => o.UnitId).ThenBy(o => o.UserName).ToListAsync())
        {
            var role = (await users.GetRolesAsync(officer)).Select(Enum.Parse<Role>).Cast<Role?>().FirstOrDefault();
            rows.Add(new Row(officer, role, names.GetValueOrDefault(officer.UnitId, officer.UnitId), officer.LockoutEnd > time.GetUtcNow()));
        }
        Rows = rows;
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!OfficerRoles.Contains(Role))
            ModelState.AddModelError(nameof(Role), "Chọn một vai trò cán bộ.");
        var unit = await db.Units.FindAsync(UnitId);
        if (unit is null)
            ModelState.AddModelError(nameof(UnitId), "Đơn vị không tồn tại.");
        else if (!RoleFits(Role, unit.Kind))
            ModelState.AddModelError(nameof(Role), Role is Role.Processor or Role.AgencyLeader
                ? "Chuyên viên và lãnh đạo cơ quan phải thuộc một cơ quan giải quyết."
                : "Vai trò này thuộc Trung tâm.");
        if (!ModelState.IsValid)
            return await Again();
        // A database seeded before a role existed (the courier's) gets it the first time it is given.
        if (!await roles.RoleExistsAsync(Role.ToString()))
            await roles.CreateAsync(new IdentityRole(Role.ToString()));
        var officer = new Officer { UserName = UserName, FullName = FullName.Trim(), UnitId = UnitId, EmailConfirmed = true };
        var created = await users.CreateAsync(officer, Password);
        if (created.Succeeded)
            created = await users.AddToRoleAsync(officer, Role.ToString());
        if (!created.Succeeded)
        {
            Problem = string.Join(" ", created.Errors.Select(Vietnamese));
            return await Again();
        }
        Done = $"Đã tạo tài khoản {UserName} ({FullName}).";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLockAsync(bool locked)
    {
        if (OfficerId is null || await users.FindByIdAsync(OfficerId) is not { } officer)
            return NotFound();
        await users.SetLockoutEnabledAsync(officer, true);
        await users.SetLockoutEndDateAsync(officer, locked ? DateTimeOffset.MaxValue : null);
        Done = locked ? $"Đã khóa tài khoản {officer.UserName}." : $"Đã mở khóa tài khoản {officer.UserName}.";
        return RedirectToPage();
    }

    /// <summary>Agencies' officers process and approve; the Center's receive, monitor and administer; a courier (an officer or the postal operator's staff) serves the Center.</summary>
    static bool RoleFits(Role role, UnitKind kind) => role is Role.Processor or Role.AgencyLeader ? kind == UnitKind.Agency : kind == UnitKind.Center;

    static string Vietnamese(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "Tên đăng nhập đã được dùng.",
        "PasswordTooShort" => "Mật khẩu quá ngắn.",
        "PasswordRequiresDigit" => "Mật khẩu phải có ít nhất một chữ số.",
        "PasswordRequiresUpper" => "Mật khẩu phải có ít nhất một chữ in hoa.",
        "PasswordRequiresLower" => "Mật khẩu phải có ít nhất một chữ thường.",
        _ => "Không tạo được tài khoản (" + error.Code + ").",
    };

    async Task<IActionResult> Again()
    {
        await OnGetAsync();
        return Page();
    }
}
