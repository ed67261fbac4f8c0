using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Fees;
using MotCua.Platform;

namespace MotCua.Features.Remittances;

/// <summary>
/// The collector's desk for money held (R29): per agency and kind, how much it holds, since when and by
/// which day the profile says it must be remitted; and the form that records a remittance, which takes
/// every receipt held up to its time. The officer's unit is the collector: the Center, or an agency that collects.
/// </summary>
[Authorize(Roles = Collectors)]
public sealed class RemitModel(FeeLedger ledger, CurrentOfficer officer, LocalitySource localities, MotCuaDbContext db, TimeProvider time) : PageModel
{
    public const string Collectors = $"{nameof(Role.CenterStaff)},{nameof(Role.CenterDirector)},{nameof(Role.Processor)},{nameof(Role.AgencyLeader)}";

    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Method { get; set; }
    [BindProperty] public long? Amount { get; set; }
    [BindProperty] public string? Reference { get; set; }
    /// <summary>Local date and time, as the datetime-local input sends it.</summary>
    [BindProperty] public string? RemittedAt { get; set; }

    public IReadOnlyList<Held> Held { get; private set; } = [];
    public string? Done { get; private set; }
    public string? Problem { get; private set; }
    public string NowLocal { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        if (string.IsNullOrEmpty(Agency))
            Problem = "Chọn cơ quan thụ hưởng.";
        else if (!Enum.TryParse<PaymentMethod>(Method, out var method) || !FeeLedger.RemittanceMethods.Contains(method))
            Problem = "Chọn hình thức nộp: tiền mặt hoặc chuyển khoản.";
        else if (Amount is not { } amount)
            Problem = "Nhập số tiền nộp (đồng).";
        else if (!DateTime.TryParseExact(RemittedAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            Problem = "Nhập thời điểm nộp (ngày và giờ).";
        else
        {
            var at = calendar.AtLocal(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
            var (recorded, problem) = await ledger.RecordAsync(officer.UnitId, officer.Actor, new RemittanceRequest(Agency, method, amount, Reference ?? "", at), cancellationToken);
            if (recorded is not null)
            {
                TempData["Done"] = $"Đã ghi nhận nộp {VietnameseFormat.Money(recorded.Amount)} ({method.Vietnamese().ToLowerInvariant()}), chứng từ {recorded.Reference}.";
                return Redirect("/nop-tien-phi");
            }
            Problem = problem;
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    async Task LoadAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        Held = await ledger.HeldAsync(officer.UnitId, cancellationToken);
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        NowLocal = calendar.ToLocal(time.GetUtcNow()).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
    }

    public static string Kind(bool cash) => cash ? "Tiền mặt" : "Chuyển khoản, thẻ, trực tuyến";
}
