using MotCua.Domain;
using MotCua.Domain.Catalog;

namespace MotCua.Features.Portal;

/// <summary>How the public portal words the catalog: levels, channels, time limits and fees in a line.</summary>
public static class PortalText
{
    public static string Level(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Province => "Cấp tỉnh",
        ProcedureLevel.District => "Cấp huyện",
        _ => "Cấp xã",
    };

    public static string ChannelIn(Channel channel) => channel switch
    {
        Channel.InPerson => "Nộp trực tiếp tại Trung tâm",
        Channel.Post => "Nộp qua dịch vụ bưu chính công ích",
        _ => "Nộp trực tuyến",
    };

    public static string ChannelOut(Channel channel) => channel switch
    {
        Channel.InPerson => "Nhận trực tiếp tại Trung tâm",
        Channel.Post => "Nhận qua dịch vụ bưu chính công ích",
        _ => "Nhận bản điện tử trực tuyến",
    };

    /// <summary>The cases' time limits in one line: "1 ngày làm việc" or "1 ngày làm việc hoặc 5 ngày làm việc".</summary>
    public static string Limits(ProcedureVersion version) =>
        string.Join(" hoặc ", version.Cases.Select(c => c.Limit.ToString()).Distinct());

    /// <summary>"Miễn phí" when nothing is charged, else the amount or the range of amounts.</summary>
    public static string Fees(ProcedureVersion version)
    {
        var amounts = version.Fees.Select(f => f.AmountVnd).Where(a => a > 0).Distinct().Order().ToList();
        return amounts switch
        {
            [] => "Miễn phí",
            [var only] => VietnameseFormat.Money(only),
            _ => $"{VietnameseFormat.Money(amounts[0])} – {VietnameseFormat.Money(amounts[^1])}",
        };
    }
}
