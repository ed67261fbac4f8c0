using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;

namespace MotCua.Features.Forms;

/// <summary>
/// What a form is drawn from: the dossier, the history row that issued it, its number, the units and the calendar;
/// the portal's links its QR codes carry (the rating link only on the receipt, LAW §11.4).
/// </summary>
public sealed record FormSource(Dossier Dossier, HistoryEntry Issued, string Number, IReadOnlyDictionary<string, Unit> Units, WorkingCalendar Calendar, string LookupUrl,
    string? RatingUrl = null)
{
    public string UnitName(string id) => Units.TryGetValue(id, out var unit) ? unit.Name : id;

    /// <summary>"Vĩnh An, ngày 23 tháng 11 năm 2026": the issuing unit's place and the day of the issuing row.</summary>
    public string DateLine(string unitId) => FormPdf.DateLine(Units.GetValueOrDefault(unitId)?.Place, Calendar.ToLocal(Issued.At));

    public string Moment(DateTimeOffset at) => ReceptionText.Moment(Calendar.ToLocal(at));

    public string Day(DateTimeOffset at)
    {
        var local = Calendar.ToLocal(at);
        return $"ngày {local:dd} tháng {local:MM} năm {local:yyyy}";
    }

    public string Addressee => Dossier.Applicant.IsOrganization ? Dossier.Applicant.Name : $"Ông/Bà {Dossier.Applicant.Name}";
}

/// <summary>
/// A national form issued from a history row (R51): its route name, its number series ("Số: 12/PBS"),
/// the rows that issue it, the unit that issues it, and how it is drawn.
/// </summary>
public sealed record NationalForm(string Route, string Series, string Name, Func<HistoryEntry, bool> IssuedBy, Func<Dossier, string> IssuingUnit, Func<FormSource, byte[]> Draw)
{
    /// <summary>Bumped when a form's drawing changes, so each stored document says which template made it (R52); 2: the receipt's rating QR.</summary>
    public const string TemplateVersion = "TT 03/2025/TT-VPCP, bản mẫu 2";
}

/// <summary>The forms of Thông tư 03/2025/TT-VPCP that a dossier's history issues, and the agency's refusal of R17.</summary>
public static class NationalForms
{
    const string Desk = "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ";

    public static readonly IReadOnlyList<NationalForm> All =
    [
        new("mau-01", "TNHS", "Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả", h => h.Action is DossierAction.Receive or DossierAction.Resubmit, d => d.CenterId, Receipt),
        new("mau-02", "PBS", "Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", h => h.Action is DossierAction.RequestSupplement or DossierAction.IssueCompletionSlip, d => d.CenterId, Supplement),
        new("mau-03", "PTC", "Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ", h => h.Action == DossierAction.RefuseAtCounter, d => d.CenterId, CounterRefusal),
        new("mau-04", "PXL", "Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả", h => h.Action == DossierAction.ApproveApology, d => d.AgencyId, Apology),
        new("mau-05", "TBD", "Mẫu 05 — Thông báo dừng giải quyết hồ sơ", h => h.Action == DossierAction.Stop, d => d.CenterId, StopNotice),
        new("tu-choi", "TCGQ", "Phiếu từ chối giải quyết hồ sơ (cơ quan giải quyết)", h => h.Action == DossierAction.Refuse, d => d.AgencyId, AgencyRefusal),
    ];

    public static NationalForm? Find(string route) => All.FirstOrDefault(f => f.Route == route);

    /// <summary>Mẫu 01, the form the applicant downloads.</summary>
    public static NationalForm ApplicantReceipt => All[0];

    /// <summary>The forms this dossier's history has issued, for the links of a page.</summary>
    public static IEnumerable<NationalForm> IssuedFor(Dossier dossier) => All.Where(f => dossier.History.Any(f.IssuedBy));

    static FormPdf Start(FormSource s, string title, string unitId, string? office)
    {
        var pdf = new FormPdf($"{title} {s.Dossier.Code}");
        pdf.Header(s.UnitName(unitId), office, s.Number, s.DateLine(unitId));
        return pdf;
    }

    static void Contact(FormPdf pdf, Applicant a)
    {
        pdf.Paragraph($"Địa chỉ: {a.Address}");
        pdf.Paragraph($"Số điện thoại: {a.Phone}    Email: {a.Email ?? "—"}");
    }

    static byte[] Receipt(FormSource s)
    {
        var d = s.Dossier;
        var a = d.Applicant;
        var center = s.UnitName(d.CenterId);
        // The appointment as it stood when this receipt was issued: a later apology keeps it (R45).
        var due = d.Clock?.Extension is { } extension && extension.GrantedAt > s.Issued.At ? extension.PreviousDue : d.Due;
        var pdf = Start(s, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", d.CenterId, Desk);
        pdf.Title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", $"Mã hồ sơ: {d.Code}");
        pdf.Paragraph($"{center} tiếp nhận hồ sơ của:");
        pdf.Paragraph($"{(a.IsOrganization ? "Tên tổ chức" : "Ông/Bà")}: {a.Name}");
        pdf.Paragraph($"Số định danh: {a.IdentityNumber ?? "—"}");
        Contact(pdf, a);
        pdf.Paragraph($"Nội dung yêu cầu giải quyết: {d.Procedure.Name} — {d.Case.Name}");
        pdf.Paragraph("1. Thành phần hồ sơ nộp gồm:");
        var n = 0;
        foreach (var c in d.Components)
            pdf.Paragraph($"   {++n}) {c.Name}: {ReceptionText.Counts(c.Originals, c.Copies)}");
        pdf.Paragraph("2. Số lượng hồ sơ: 01 bộ.");
        pdf.Paragraph($"3. Thời gian giải quyết hồ sơ theo quy định: {d.Case.Limit}.");
        pdf.Paragraph($"4. Thời gian nhận hồ sơ: {s.Moment(s.Issued.At)}.");
        // Said only when the clock does not start at the handing in: an online submission, after hours, after the cut-off (R43).
        if (d.Clock is { } clock && (clock.CountingSince - s.Issued.At).Duration() >= TimeSpan.FromMinutes(1))
            pdf.Paragraph($"   Thời hạn giải quyết tính từ {s.Moment(clock.CountingSince)}.");
        pdf.Paragraph($"5. Thời gian trả kết quả giải quyết hồ sơ: {(due is { } at ? s.Moment(at) : "—")}.");
        pdf.Paragraph($"6. Đăng ký nhận kết quả: {ReceptionText.ChannelOut(d.ResultChannel)}{d.ResultChannel switch
        {
            Channel.InPerson => $", {center}",
            Channel.Post => $", tại địa chỉ: {a.Address}",
            _ => ", qua Cổng Dịch vụ công",
        }}.");
        pdf.Paragraph("Hồ sơ được vào Sổ theo dõi hồ sơ điện tử theo mã hồ sơ trên.");
        pdf.QrCode(s.LookupUrl, "Quét mã để tra cứu tình trạng hồ sơ");
        if (s.RatingUrl is { } rating)
            pdf.QrCode(rating, "Quét mã để đánh giá mức độ hài lòng");
        pdf.Signatures(("NGƯỜI NỘP HỒ SƠ", a.Name), ("NGƯỜI TIẾP NHẬN HỒ SƠ", s.Issued.By.Name));
        return pdf.ToBytes();
    }

    static byte[] Supplement(FormSource s)
    {
        var d = s.Dossier;
        var issued = s.Issued;
        var request = d.Supplements.FirstOrDefault(r => r.RequestedAt == issued.At);
        var (items, reason) = issued.Action == DossierAction.RequestSupplement && request is not null
            ? (request.Items, request.Reason)
            : (issued.Documents, issued.Reason ?? "");
        var a = d.Applicant;
        var pdf = Start(s, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", d.CenterId, Desk);
        pdf.Title("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", $"Mã hồ sơ: {d.Code}");
        pdf.Paragraph($"Hồ sơ của: {a.Name}");
        pdf.Paragraph($"Nội dung yêu cầu giải quyết: {d.Procedure.Name} — {d.Case.Name}");
        Contact(pdf, a);
        pdf.Paragraph("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:");
        var n = 0;
        foreach (var item in items)
            pdf.Paragraph($"{++n}. {item}");
        pdf.Paragraph($"Lý do: {reason}");
        pdf.Paragraph($"Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với {s.UnitName(issued.By.UnitId)} "
            + $"(cán bộ {issued.By.Name}) để được hướng dẫn./.");
        pdf.Signatures(("NGƯỜI NỘP HỒ SƠ", a.Name), ("NGƯỜI HƯỚNG DẪN", issued.By.Name));
        return pdf.ToBytes();
    }

    static byte[] CounterRefusal(FormSource s)
    {
        var d = s.Dossier;
        var a = d.Applicant;
        var pdf = Start(s, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", d.CenterId, Desk);
        pdf.Title("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", $"Mã hồ sơ: {d.Code}");
        pdf.Paragraph($"{s.UnitName(d.CenterId)}");
        pdf.Paragraph($"Tiếp nhận hồ sơ của: {a.Name}");
        pdf.Paragraph($"Số định danh cá nhân/tổ chức: {a.IdentityNumber ?? "—"}");
        Contact(pdf, a);
        pdf.Paragraph($"Nội dung yêu cầu giải quyết: {d.Procedure.Name} — {d.Case.Name}");
        pdf.Paragraph("Qua xem xét, Bộ phận Tiếp nhận và Trả kết quả thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:");
        pdf.Paragraph(s.Issued.Reason ?? "");
        pdf.Paragraph("Xin thông báo cho Ông/Bà được biết và thực hiện./.");
        pdf.Signatures(("NGƯỜI NỘP HỒ SƠ", a.Name), ("NGƯỜI TIẾP NHẬN HỒ SƠ", s.Issued.By.Name));
        return pdf.ToBytes();
    }

    static DateTimeOffset ReceivedAt(Dossier d) => d.History.FirstOrDefault(h => h.Action == DossierAction.Receive)?.At ?? d.SubmittedAt;

    static byte[] Apology(FormSource s)
    {
        var d = s.Dossier;
        var extension = d.Clock!.Extension!;
        var agency = s.UnitName(d.AgencyId);
        var pdf = Start(s, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", d.AgencyId, null);
        pdf.Title("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        pdf.Paragraph($"Kính gửi: {s.Addressee}");
        pdf.Paragraph($"Ngày {s.Day(ReceivedAt(d))[5..]}, {agency} tiếp nhận giải quyết hồ sơ đề nghị giải quyết thủ tục hành chính "
            + $"{d.Procedure.Name}; mã số: {d.Code}.");
        pdf.Paragraph($"Thời gian hẹn trả kết quả giải quyết hồ sơ: {s.Moment(extension.PreviousDue)}.");
        pdf.Paragraph($"Tuy nhiên đến nay, {agency} chưa trả kết quả giải quyết hồ sơ đúng thời hạn quy định ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. "
            + $"Lý do: {extension.Reason}.");
        pdf.Paragraph("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông/Bà.");
        pdf.Paragraph($"{agency} xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ vào {s.Moment(extension.NewDue)}.");
        pdf.Paragraph("Mong nhận được sự thông cảm của Ông/Bà vì sự chậm trễ này./.");
        pdf.Signature("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", s.Issued.By.Name);
        return pdf.ToBytes();
    }

    static byte[] StopNotice(FormSource s)
    {
        var d = s.Dossier;
        var center = s.UnitName(d.CenterId);
        var byApplicant = s.Issued.By.Role == Domain.Role.Applicant;
        var pdf = Start(s, "Thông báo dừng giải quyết hồ sơ", d.CenterId, Desk);
        pdf.Title("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", $"Mã hồ sơ: {d.Code}");
        pdf.Paragraph($"Kính gửi: {s.Addressee}");
        pdf.Paragraph($"Địa chỉ: {d.Applicant.Address}");
        pdf.Paragraph($"Ngày {s.Day(ReceivedAt(d))[5..]}, {center} tiếp nhận hồ sơ đề nghị giải quyết thủ tục hành chính {d.Procedure.Name} — {d.Case.Name}; "
            + $"mã số: {d.Code}; cơ quan giải quyết: {s.UnitName(d.AgencyId)}.");
        pdf.Paragraph($"Theo đề nghị của Ông/Bà{(byApplicant ? " gửi qua Cổng Dịch vụ công" : "")} với lý do: {s.Issued.Reason}, "
            + $"việc giải quyết hồ sơ được dừng kể từ {s.Moment(s.Issued.At)}.");
        pdf.Paragraph($"Giấy tờ đã nộp được trả lại Ông/Bà tại {center}; phí, lệ phí đã nộp (nếu có) được xử lý theo quy định.");
        pdf.Paragraph("Xin thông báo để Ông/Bà được biết./.");
        pdf.Signatures(("NGƯỜI ĐỀ NGHỊ DỪNG", d.Applicant.Name), ("NGƯỜI TIẾP NHẬN HỒ SƠ", byApplicant ? "" : s.Issued.By.Name));
        return pdf.ToBytes();
    }

    static byte[] AgencyRefusal(FormSource s)
    {
        var d = s.Dossier;
        var agency = s.UnitName(d.AgencyId);
        var pdf = Start(s, "Phiếu từ chối giải quyết hồ sơ", d.AgencyId, null);
        pdf.Title("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ", $"Mã hồ sơ: {d.Code}");
        pdf.Paragraph($"Kính gửi: {s.Addressee}");
        pdf.Paragraph($"Ngày {s.Day(ReceivedAt(d))[5..]}, {agency} tiếp nhận hồ sơ đề nghị giải quyết thủ tục hành chính {d.Procedure.Name} — {d.Case.Name}; "
            + $"mã số: {d.Code}.");
        pdf.Paragraph($"Qua xem xét, {agency} thông báo không giải quyết hồ sơ này với lý do cụ thể như sau: {s.Issued.Reason}");
        pdf.Paragraph($"Kết quả được trả cho Ông/Bà qua {s.UnitName(d.CenterId)}. Xin thông báo để Ông/Bà được biết./.");
        pdf.Signature("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", s.Issued.By.Name);
        return pdf.ToBytes();
    }
}
