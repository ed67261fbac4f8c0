using System.Globalization;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Forms;

namespace MotCua.Features.Review;

/// <summary>What the monthly review's page and PDF both print (R36): the same figures with the same words.</summary>
public static class ReviewDocument
{
    public static string Number(int n) => n.ToString("#,0", VietnameseFormat.Culture);

    /// <summary>The reception, processing and return figures, by heading.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<(string Label, int Value)> Lines)> Figures(MonthlyReview r) =>
    [
        ("Tiếp nhận", [
            ("Hồ sơ tiếp nhận trong tháng", r.Received),
            .. r.Reception.Select(c => ($"— nộp {c.Channel.Vietnamese()}", c.Received)),
            ("Từ chối tiếp nhận", r.Reception.Sum(c => c.RefusedAtCounter)),
            ("Hướng dẫn bổ sung, hoàn thiện (chưa tiếp nhận)", r.Reception.Sum(c => c.CompletionSlips)),
            ("Nộp trực tuyến chưa tiếp nhận hoặc đã rút", r.Reception.Sum(c => c.NotReceived)),
        ]),
        ("Giải quyết", [
            ("Đã giải quyết trong tháng", r.Finished),
            ("— trước hạn", r.Early),
            ("— đúng hạn", r.OnTime),
            ("— quá hạn", r.Late),
            ("trong đó từ chối giải quyết", r.Refused),
            ("Dừng giải quyết, đóng do không bổ sung", r.StoppedOrClosed),
            ($"Đang giải quyết đến {AsAtText(r)}", r.InProgress),
            ("— trong đó quá hạn", r.InProgressOverdue),
        ]),
        ("Trả kết quả", [("Đã trả kết quả trong tháng", r.Returned)]),
    ];

    /// <summary>"hết ngày 30/11/2026", or the moment while the month runs.</summary>
    public static string AsAtText(MonthlyReview r) =>
        r.AsAt == r.End ? $"hết ngày {VietnameseFormat.Date(r.Month.AddMonths(1).AddDays(-1))}" : VietnameseFormat.DateTime(r.AsAt);

    /// <summary>The notice an action must have attached (R56).</summary>
    public static string Notice(DossierAction action) => action switch
    {
        DossierAction.RequestSupplement => "Yêu cầu bổ sung: chưa có Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
        DossierAction.IssueCompletionSlip => "Hướng dẫn hoàn thiện: chưa có Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
        DossierAction.RefuseAtCounter => "Từ chối tiếp nhận: chưa có Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)",
        _ => "Từ chối giải quyết: chưa có Phiếu từ chối giải quyết hồ sơ",
    };

    public static string Explanation(OverdueDossier o) =>
        o.Explanation is null ? "Chưa giải trình" : $"{o.Explanation} ({o.ExplainedBy}, {VietnameseFormat.DateTime(o.ExplainedAt!.Value)})";

    public static string Letter(ExtensionGranted e) => e.LetterNumber is { } number ? $"Số {number}" : "Chưa phát hành văn bản xin lỗi (Mẫu 04)";

    public static string Change(ExtensionGranted e) =>
        e.PreviousDue is { } from && e.NewDue is { } to ? $"{VietnameseFormat.DateTime(from)} → {VietnameseFormat.DateTime(to)}" : "—";

    public static string More<T>(Capped<T> list) =>
        list.Total > list.Shown.Count ? $" (hiển thị {Number(list.Shown.Count)}/{Number(list.Total)})" : "";

    public static string FileName(MonthlyReview r) => $"danh-gia-thang-{r.Iso}.pdf";

    public static byte[] Pdf(MonthlyReview r, string centerName, string? place, DateTimeOffset printedLocal, IReadOnlyDictionary<string, string> units)
    {
        // Landscape: the tables keep a whole dossier code (it has no space to wrap at) on one line.
        var pdf = new FormPdf($"Đánh giá tình hình giải quyết thủ tục hành chính tháng {r.MonthText}", landscape: true);
        pdf.Header(centerName, null, "……/BC", FormPdf.DateLine(place, printedLocal));
        pdf.Title("BÁO CÁO ĐÁNH GIÁ TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT VÀ TRẢ KẾT QUẢ", $"Tháng {r.MonthText}");
        var n = 0;
        foreach (var (heading, lines) in Figures(r))
        {
            pdf.Paragraph($"{Roman(++n)}. {heading}", isBold: true);
            foreach (var (label, value) in lines)
                pdf.Paragraph($"{label}: {Number(value)}");
        }

        pdf.Paragraph($"{Roman(++n)}. Văn bản thông báo đính kèm hồ sơ", isBold: true);
        pdf.Paragraph($"Yêu cầu bổ sung, hướng dẫn hoàn thiện: {Number(r.Supplements)}; từ chối: {Number(r.Refusals)}; "
            + $"chưa có văn bản thông báo: {Number(r.MissingNotices.Total)}{More(r.MissingNotices)}.");
        if (r.MissingNotices.Shown.Count > 0)
            pdf.Table(["Mã hồ sơ", "Thủ tục", "Thiếu văn bản", "Thời điểm", "Người thực hiện"], [3, 3, 3.4, 1.6, 1.8],
                r.MissingNotices.Shown.Select(m => new[] { m.Code.ToString(), m.Procedure, Notice(m.Action), VietnameseFormat.DateTime(m.At), m.By }), size: 9);

        pdf.Paragraph($"{Roman(++n)}. Yêu cầu giấy tờ ngoài thành phần hồ sơ đã công bố", isBold: true);
        pdf.Paragraph($"Số lần yêu cầu: {Number(r.OutsideDemands.Total)}{More(r.OutsideDemands)}.");
        if (r.OutsideDemands.Shown.Count > 0)
            pdf.Table(["Mã hồ sơ", "Thủ tục", "Giấy tờ yêu cầu ngoài danh mục", "Thời điểm", "Người yêu cầu"], [3, 3, 3.4, 1.6, 1.8],
                r.OutsideDemands.Shown.Select(o => new[] { o.Code.ToString(), o.Procedure, string.Join("\n", o.Items), VietnameseFormat.DateTime(o.At), o.By }), size: 9);

        pdf.Paragraph($"{Roman(++n)}. Hồ sơ quá hạn và lý do", isBold: true);
        pdf.Paragraph($"Hồ sơ quá hạn: {Number(r.Overdue.Total)}; đã giải trình: {Number(r.OverdueExplained)}; "
            + $"chưa giải trình: {Number(r.Overdue.Total - r.OverdueExplained)}{More(r.Overdue)}.");
        if (r.Overdue.Shown.Count > 0)
            pdf.Table(["Mã hồ sơ", "Thủ tục", "Cơ quan giải quyết", "Hạn trả", "Lý do quá hạn"], [3, 2.6, 2, 1.6, 3.6],
                r.Overdue.Shown.Select(o => new[] { o.Code.ToString(), o.Procedure, units.GetValueOrDefault(o.AgencyId, o.AgencyId),
                    o.Due is { } due ? VietnameseFormat.DateTime(due) : "—", Explanation(o) }), size: 9);

        pdf.Paragraph($"{Roman(++n)}. Gia hạn và văn bản xin lỗi", isBold: true);
        pdf.Paragraph($"Hồ sơ được gia hạn: {Number(r.Extensions.Total)}{More(r.Extensions)}; "
            + $"dự thảo xin lỗi đang chờ lãnh đạo duyệt: {Number(r.ApologiesAwaitingApproval)}.");
        if (r.Extensions.Shown.Count > 0)
            pdf.Table(["Mã hồ sơ", "Thủ tục", "Hạn cũ → hạn mới", "Lý do", "Văn bản xin lỗi"], [3, 2.6, 2.4, 2.6, 2.2],
                r.Extensions.Shown.Select(e => new[] { e.Code.ToString(), e.Procedure, Change(e), e.Reason ?? "", Letter(e) }), size: 9);

        pdf.Signature("GIÁM ĐỐC", "");
        return pdf.ToBytes();
    }

    static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", _ => n.ToString(CultureInfo.InvariantCulture) };
}
