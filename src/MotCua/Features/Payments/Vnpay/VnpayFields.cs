using System.Globalization;
using System.Text;

namespace MotCua.Features.Payments.Vnpay;

/// <summary>The formats of VNPAY's fields (spec 2.1.0): amounts in hundredths of a đồng, dates in GMT+7, order text in plain ASCII.</summary>
public static class VnpayFields
{
    /// <summary>The gateway's clock: GMT+7, which has no daylight saving, so a fixed offset rather than a time-zone rule.</summary>
    public static readonly TimeSpan GatewayOffset = TimeSpan.FromHours(7);
    const string DateFormat = "yyyyMMddHHmmss";

    /// <summary>vnp_Amount is Numeric[1,12] in hundredths: at most 9 999 999 999 đồng.</summary>
    public const long MaxAmount = 9_999_999_999;
    const int MaxAmountDigits = 12;

    /// <summary>vnp_OrderInfo is at most 255 characters.</summary>
    public const int MaxOrderInfo = 255;

    /// <summary>vnp_Amount for an amount in đồng: the amount × 100 (the spec's "smallest unit"), digits only.</summary>
    public static string Amount(long dong)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dong);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dong, MaxAmount);
        return (dong * 100).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The đồng in a vnp_Amount: 1 to 12 ASCII digits, a whole number of đồng (VND has no smaller
    /// coin, so hundredths other than 00 are not an amount we asked for), more than zero.
    /// </summary>
    public static bool TryParseAmount(string? text, out long dong)
    {
        dong = 0;
        if (text is not { Length: > 0 and <= MaxAmountDigits } || !text.All(char.IsAsciiDigit))
            return false;
        var hundredths = long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (hundredths % 100 != 0 || hundredths == 0)
            return false;
        dong = hundredths / 100;
        return true;
    }

    /// <summary>vnp_CreateDate, vnp_ExpireDate: yyyyMMddHHmmss on the gateway's clock.</summary>
    public static string Date(DateTimeOffset instant) =>
        instant.ToOffset(GatewayOffset).ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>vnp_PayDate read back as an instant (in UTC).</summary>
    public static bool TryParseDate(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is not { Length: 14 } || !text.All(char.IsAsciiDigit)
            || !DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return false;
        instant = new DateTimeOffset(local, GatewayOffset).ToUniversalTime();
        return true;
    }

    /// <summary>
    /// vnp_OrderInfo for a Vietnamese text: the spec asks for Vietnamese without diacritics and without
    /// special characters, so the diacritics go and whatever is not a letter, a digit or one of
    /// <c>, . : / - _</c> becomes a space (these encode alike in every reference, see
    /// <see cref="VnpaySigner.HashData"/>), at most 255 characters.
    /// </summary>
    public static string OrderInfo(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in StripDiacritics(text))
        {
            var kept = char.IsAsciiLetterOrDigit(c) || c is ',' or '.' or ':' or '/' or '-' or '_';
            if (kept)
                plain.Append(c);
            else if (plain.Length > 0 && plain[^1] != ' ')
                plain.Append(' ');
        }
        var info = plain.ToString().Trim();
        if (info.Length > MaxOrderInfo)
            info = info[..MaxOrderInfo].TrimEnd();
        return info.Length > 0 ? info : throw new ArgumentException("Nội dung thanh toán không còn ký tự nào sau khi bỏ dấu.", nameof(text));
    }

    /// <summary>Vietnamese without its diacritics: "Đăng ký kết hôn" → "Dang ky ket hon". Other text is left as it is.</summary>
    public static string StripDiacritics(string text)
    {
        // Decomposed, every tone mark and the breve, circumflex and horn of ă â ê ô ơ ư are marks of their
        // own; đ is a letter of its own and has to be mapped.
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            result.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
