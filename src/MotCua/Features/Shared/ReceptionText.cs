using System.Globalization;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;

namespace MotCua.Features.Shared;

/// <summary>How the reception forms (Mẫu 01–03) word counts, instants and channels.</summary>
public static class ReceptionText
{
    /// <summary>"1 bản chính, 1 bản sao", as the published list states a component.</summary>
    public static string Counts(int originals, int copies) => (originals, copies) switch
    {
        (> 0, > 0) => $"{originals} bản chính, {copies} bản sao",
        (> 0, _) => $"{originals} bản chính",
        _ => $"{copies} bản sao",
    };

    /// <summary>An instant as Mẫu 01 writes it: "10 giờ 00 phút, ngày 23 tháng 11 năm 2026" (local time of the calendar).</summary>
    public static string Moment(DateTimeOffset local) =>
        local.ToString("HH' giờ 'mm' phút, ngày 'dd' tháng 'MM' năm 'yyyy", CultureInfo.InvariantCulture);

    public static string SlipIssued(DossierCode code) => $"Đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ {code}; hồ sơ chưa được tiếp nhận.";

    public static string RefusalIssued(DossierCode code) => $"Đã lập Phiếu từ chối tiếp nhận giải quyết hồ sơ {code}.";

    public static string ChannelIn(Channel channel) => channel switch
    {
        Channel.InPerson => "Nộp trực tiếp tại quầy",
        Channel.Post => "Gửi qua dịch vụ bưu chính",
        _ => "Nộp trực tuyến",
    };

    public static string ChannelOut(Channel channel) => channel switch
    {
        Channel.InPerson => "Nhận trực tiếp tại Bộ phận tiếp nhận và trả kết quả",
        Channel.Post => "Nhận qua dịch vụ bưu chính",
        _ => "Nhận trực tuyến",
    };
}
