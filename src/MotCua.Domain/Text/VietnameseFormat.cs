using System.Globalization;

namespace MotCua.Domain;

/// <summary>How officers and citizens read numbers, money and dates: 1.250.000 đ, 26/11/2026.</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Money(long vnd) => vnd.ToString("#,0", Culture) + " đ";

    /// <summary>A count as officers read it: 10.000.500.</summary>
    public static string Number(long count) => count.ToString("#,0", Culture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The day of an instant in Vietnam.</summary>
    public static string Date(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Vietnam).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    /// <summary>An instant as officers read it, in Vietnam's time whatever offset it carries.</summary>
    public static string DateTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Vietnam).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
}
