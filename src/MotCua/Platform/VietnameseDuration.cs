namespace MotCua.Platform;

/// <summary>A length of working time as people say it: "7 giờ 30 phút", "8 giờ".</summary>
public static class VietnameseDuration
{
    public static string Of(TimeSpan length) =>
        length.Minutes == 0 ? $"{(int)length.TotalHours} giờ" : $"{(int)length.TotalHours} giờ {length.Minutes} phút";
}
