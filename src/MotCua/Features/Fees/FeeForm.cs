using MotCua.Data.Fees;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Fees;

namespace MotCua.Features.Fees;

/// <summary>
/// A page that draws the collection form (<c>_CollectForm</c>): the cashier's page and the counter's
/// "5 tại chỗ" sequence. The page itself is the partial's model, so the form carries the row version.
/// </summary>
public interface IFeeForm
{
    /// <summary>The lines due now; the quantities are posted by their position in it.</summary>
    IReadOnlyList<Fee> LinesDue { get; }
    Dictionary<int, int?> Quantity { get; }
    string? Category { get; }
    string? Method { get; }
}

public static class FeeForm
{
    public static readonly PaymentMethod[] CounterMethods = [PaymentMethod.Cash, PaymentMethod.BankTransfer, PaymentMethod.CardOrQr];

    /// <summary>The collection the form asks for, or the Vietnamese reason it cannot be read.</summary>
    public static (CollectRequest? Request, string? Problem) Read(IFeeForm form)
    {
        if (!Enum.TryParse<PaymentMethod>(form.Method, out var method) || !CounterMethods.Contains(method))
            return (null, "Chọn hình thức thanh toán: tiền mặt, chuyển khoản hoặc thẻ, mã QR.");
        var choices = new List<FeeChoice>();
        foreach (var (index, quantity) in form.Quantity)
        {
            if (index < 0 || index >= form.LinesDue.Count)
                return (null, "Danh sách khoản thu đã thay đổi: hãy tải lại trang.");
            if (quantity is { } q)
                choices.Add(new FeeChoice(form.LinesDue[index].Name, q));
        }
        var category = string.IsNullOrWhiteSpace(form.Category) ? null : form.Category.Trim();
        return (new CollectRequest(choices, category, method), null);
    }

    /// <summary>What the collector reads once the collection is saved.</summary>
    public static string Collected(Receipt? receipt, DossierCode code) => receipt is not null
        ? $"Đã thu {VietnameseFormat.Money(receipt.Total)} (hình thức: {receipt.Method.Vietnamese()}), biên lai {receipt.Series} số {receipt.NumberText}."
        : $"Đã ghi nhận miễn phí, lệ phí cho hồ sơ {code}.";
}
