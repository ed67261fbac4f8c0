using MotCua.Features.Catalog;
using MotCua.Domain.Catalog;
using MotCua.Domain.Time;

namespace MotCua.Features.Demo;

/// <summary>Civil status (hộ tịch) and certification (chứng thực): Phòng Tư pháp.</summary>
static partial class DemoProcedures
{
    const string CivilStatus = "Hộ tịch";
    const string Certification = "Chứng thực";

    static readonly string[] CivilStatusLaw =
    [
        "Luật Hộ tịch 60/2014/QH13",
        "Nghị định 123/2015/NĐ-CP",
        "Nghị định 87/2020/NĐ-CP (cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến)",
        "Nghị định 07/2025/NĐ-CP",
        "Nghị định 120/2025/NĐ-CP (phân định thẩm quyền chính quyền địa phương 2 cấp – Bộ Tư pháp)",
        "Nghị định 18/2026/NĐ-CP (cắt giảm, đơn giản hóa thủ tục hành chính – Bộ Tư pháp)",
        "Thông tư 04/2020/TT-BTP",
        "Thông tư 01/2022/TT-BTP",
        "Thông tư 08/2025/TT-BTP",
        "Thông tư 85/2019/TT-BTC (phí, lệ phí thuộc thẩm quyền HĐND tỉnh)",
        "Nghị quyết 66.7/2025/NQ-CP",
    ];

    static readonly string[] CertificationLaw =
    [
        "Nghị định 23/2015/NĐ-CP",
        "Nghị định 07/2025/NĐ-CP",
        "Nghị định 280/2025/NĐ-CP",
        "Thông tư 01/2020/TT-BTP",
        "Thông tư 226/2016/TT-BTC (phí chứng thực)",
    ];

    // The national database's trình tự for civil-status registrations.
    const string CivilStatusSequence =
        "Hồ sơ tiếp nhận sau 15 giờ thì có Phiếu hẹn, trả kết quả trong ngày làm việc tiếp theo. " +
        "Cơ quan gửi thông tin để người yêu cầu xác nhận; sau 01 ngày không phản hồi thì tiếp tục giải quyết.";

    static readonly Component IdentityShown = new(
        "Xuất trình: Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước (giấy tờ tùy thân)", 1, 0,
        Required: false, Note: "Xuất trình khi nộp trực tiếp, không lưu trong hồ sơ; nếu dùng các giấy tờ này chỉ cần cung cấp số định danh để cơ quan tra cứu cơ sở dữ liệu");

    static readonly Component ResidenceShown = new(
        "Xuất trình: giấy tờ chứng minh nơi cư trú (chỉ khi không khai thác được cơ sở dữ liệu theo khoản 2 Điều 14 Nghị định 104/2022/NĐ-CP)", 1, 0,
        Required: false, Note: "Gửi qua bưu chính thì kèm bản sao có chứng thực các giấy tờ phải xuất trình");

    static Component Authorization(string? note = null) => new("Văn bản ủy quyền (nếu ủy quyền)", 1, 0, Required: false, Note: note);

    // The one same-day rule of civil status and certification (R43): received after 15:00, counted from the next working day.
    static readonly TimeOnly CutOff = new(15, 0);

    public static IEnumerable<Procedure> Justice(DateOnly from)
    {
        var justice = DemoCatalog.Justice.Id;

        // The 2026 portal shows "1" with no unit for the civil-status registrations; one working day is
        // inferred. No daily cut-off: one working day already covers "after 15:00, the next working day".
        yield return Published(new Procedure("1.001193", "Thủ tục đăng ký khai sinh", CivilStatus, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, Note: "Nộp trực tuyến: Mẫu hộ tịch điện tử tương tác đăng ký khai sinh"),
                new("Giấy chứng sinh; nếu không có: văn bản người làm chứng hoặc giấy cam đoan về việc sinh", 1, 0,
                    Note: "Không nộp bản giấy nếu đã có bản điện tử/dữ liệu điện tử có ký số của Giấy chứng sinh"),
                new("Biên bản về việc trẻ bị bỏ rơi (trường hợp trẻ bị bỏ rơi)", 1, 0, Required: false),
                new("Văn bản xác nhận của cơ sở y tế thực hiện kỹ thuật hỗ trợ sinh sản (trẻ sinh ra do mang thai hộ)", 1, 0, Required: false),
                Authorization("Phải được chứng thực, trừ khi người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột"),
                IdentityShown,
                ResidenceShown,
            ],
            Cases: [new("Đăng ký khai sinh", TimeLimit.WorkingDays(1))],
            Fees:
            [
                new("Lệ phí đăng ký khai sinh", 0,
                    "Miễn với đăng ký đúng hạn (khoản 1 Điều 11 Luật Hộ tịch); trường hợp khác theo mức HĐND tỉnh quy định, miễn cho gia đình có công với cách mạng, trẻ em, hộ nghèo, người cao tuổi, người khuyết tật, đồng bào dân tộc thiểu số ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn"),
                new("Phí cấp bản sao Giấy khai sinh (nếu yêu cầu), mỗi bản", 8_000) { Kind = FeeKind.Fee, PerUnit = "bản", OnRequest = true },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: AllChannels,
            Workflow: Workflows.CivilStatusDay("Phê duyệt, ký Giấy khai sinh"),
            Result: "Giấy khai sinh (mã kết quả KQ.G15.000031)",
            LegalBasis: [.. CivilStatusLaw, "Nghị định 104/2022/NĐ-CP"],
            Sequence: CivilStatusSequence));

        yield return Published(new Procedure("1.000894", "Thủ tục đăng ký kết hôn", CivilStatus, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Tờ khai đăng ký kết hôn theo mẫu, đủ thông tin hai bên (có thể khai chung một tờ khai)", 1, 0,
                    Note: "Nộp trực tuyến: Mẫu hộ tịch điện tử tương tác đăng ký kết hôn"),
                IdentityShown,
                ResidenceShown,
            ],
            Cases:
            [
                new("Đủ điều kiện, không cần xác minh", TimeLimit.WorkingDays(1)),
                // Luật Hộ tịch, khoản 2 Điều 18: verifying the conditions of marriage takes at most 05 working days.
                new("Cần xác minh thêm điều kiện kết hôn", TimeLimit.WorkingDays(5)),
            ],
            Fees:
            [
                new("Lệ phí đăng ký kết hôn", 0),
                // The sample gives no amount; 8.000 đ is the copy fee of 2.000635 (Thông tư 281/2016/TT-BTC).
                new("Phí cấp bản sao Trích lục kết hôn (nếu yêu cầu), mỗi bản", 8_000) { Kind = FeeKind.Fee, PerUnit = "bản", OnRequest = true },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: AllChannels,
            Workflow: Workflows.CivilStatusDay("Phê duyệt, ký Giấy chứng nhận kết hôn"),
            Result: "Giấy chứng nhận kết hôn (KQ.G15.000032)",
            LegalBasis: [.. CivilStatusLaw, "Luật Hôn nhân và gia đình 52/2014/QH13", "Nghị định 104/2022/NĐ-CP"],
            Sequence: CivilStatusSequence));

        yield return Published(new Procedure("1.000656", "Thủ tục đăng ký khai tử", CivilStatus, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Tờ khai đăng ký khai tử theo mẫu", 1, 0, Note: "Nộp trực tuyến: Mẫu hộ tịch điện tử tương tác đăng ký khai tử"),
                new("Giấy báo tử hoặc giấy tờ thay Giấy báo tử", 1, 0, Note: "Không nộp bản giấy nếu đã có bản điện tử/dữ liệu có ký số"),
                new("Giấy tờ, tài liệu chứng minh sự kiện chết (người chết đã lâu, không có Giấy báo tử)", 1, 0, Required: false),
                Authorization("Phải được chứng thực, trừ khi người được ủy quyền là người thân theo quy định"),
                new("Xuất trình: giấy tờ chứng minh nơi cư trú cuối cùng của người chết (nếu không khai thác được cơ sở dữ liệu); hoặc giấy tờ chứng minh nơi chết/nơi phát hiện thi thể", 1, 0,
                    Required: false),
                new("Xuất trình: giấy tờ tùy thân của người đi đăng ký", 1, 0, Required: false),
            ],
            Cases: [new("Đăng ký khai tử", TimeLimit.WorkingDays(1))],
            Fees:
            [
                new("Lệ phí đăng ký khai tử", 0,
                    "Miễn cho khai tử đúng hạn, gia đình có công với cách mạng, hộ nghèo, người khuyết tật; trường hợp khác theo mức HĐND tỉnh quy định"),
                // The sample gives no amount; 8.000 đ is the copy fee of 2.000635 (Thông tư 281/2016/TT-BTC).
                new("Phí cấp bản sao Trích lục khai tử (nếu yêu cầu), mỗi bản", 8_000) { Kind = FeeKind.Fee, PerUnit = "bản", OnRequest = true },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: AllChannels,
            Workflow: Workflows.CivilStatusDay("Phê duyệt, ký Trích lục khai tử"),
            Result: "Trích lục khai tử (KQ.G15.000034)",
            LegalBasis: [.. CivilStatusLaw, "Nghị định 104/2022/NĐ-CP"],
            Sequence: CivilStatusSequence,
            Conditions: "Người thân có trách nhiệm đi khai tử trong thời hạn 15 ngày kể từ ngày người đó chết."));

        // The portal has no time limit ("Không có thông tin"); its trình tự reads "received after 15:00,
        // returned the next working day": a demo assumption of same day with the 15:00 cut-off.
        yield return Published(new Procedure("2.000635", "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh", CivilStatus, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Tờ khai đề nghị cấp bản sao Trích lục hộ tịch theo mẫu (cá nhân) hoặc văn bản yêu cầu nêu rõ lý do (cơ quan, tổ chức)", 1, 0,
                    Note: "Nộp trực tuyến: Mẫu điện tử tương tác yêu cầu cấp bản sao Giấy khai sinh/Trích lục hộ tịch"),
                Authorization("Không cần chứng thực nếu người được ủy quyền là người thân theo quy định"),
                IdentityShown,
                ResidenceShown,
            ],
            Cases: [new("Cấp bản sao", TimeLimit.SameDay)],
            Fees: [new("Phí cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh, mỗi bản", 8_000) { Kind = FeeKind.Fee, PerUnit = "bản" }],
            ChannelsIn: AllChannels,
            ChannelsOut: AllChannels,
            Workflow: Workflows.SameDay(
                "Tra cứu cơ sở dữ liệu hộ tịch, in bản sao", "Ký bản sao", "Đóng dấu, vào sổ, chuyển kết quả"),
            Result: "Bản sao Trích lục hộ tịch, bản sao Giấy khai sinh (KQ.G15.000342)",
            LegalBasis: [.. CivilStatusLaw, "Thông tư 281/2016/TT-BTC"],
            Sequence: CivilStatusSequence,
            DailyCutOff: CutOff));

        yield return Published(new Procedure("1.004873", "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", CivilStatus, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", 1, 0, Note: "Nộp trực tuyến: Mẫu điện tử tương tác"),
                new("Giấy xác nhận tình trạng hôn nhân đã cấp (khi xin cấp lại để dùng mục đích khác hoặc đã hết hạn)", 1, 0, Required: false),
                Authorization(),
                IdentityShown,
                ResidenceShown,
            ],
            Cases: [new("Cấp Giấy xác nhận tình trạng hôn nhân", TimeLimit.WorkingDays(3))],
            // The portal shows it free; the province may set a rate, with these exemptions.
            Fees: [new("Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", 0, "Miễn cho gia đình có công với cách mạng, hộ nghèo, người khuyết tật")],
            ChannelsIn: AllChannels,
            ChannelsOut: AllChannels,
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingDays(1.5m), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(0.5m),
                signing: "Phê duyệt, ký Giấy xác nhận tình trạng hôn nhân"),
            Result: "Giấy xác nhận tình trạng hôn nhân (KQ.G15.000038)",
            LegalBasis: [.. CivilStatusLaw, "Luật Hôn nhân và gia đình 52/2014/QH13"],
            Sequence: "Trường hợp cần xác minh, trong 03 ngày làm việc cơ quan có văn bản trao đổi với nơi người yêu cầu dự định đăng ký kết hôn trước đây."));

        yield return Published(new Procedure("1.004859", "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", CivilStatus, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", 1, 0,
                    Note: "Nộp trực tuyến: Mẫu hộ tịch điện tử tương tác"),
                new("Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung thông tin hộ tịch", 1, 0),
                Authorization(),
                IdentityShown,
                ResidenceShown,
            ],
            Cases:
            [
                new("Không cần xác minh", TimeLimit.WorkingDays(1)),
                // Demo assumption: Luật Hộ tịch, khoản 2 Điều 28 allows 03 more working days when verification is needed.
                new("Cần xác minh", TimeLimit.WorkingDays(4)),
            ],
            Fees:
            [
                new("Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch", 0, "Miễn cho gia đình có công với cách mạng, hộ nghèo, người khuyết tật"),
                // The sample gives no amount; 8.000 đ is the copy fee of 2.000635 (Thông tư 281/2016/TT-BTC).
                new("Phí cấp bản sao Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch (nếu yêu cầu), mỗi bản", 8_000) { Kind = FeeKind.Fee, PerUnit = "bản", OnRequest = true },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: AllChannels,
            Workflow: Workflows.CivilStatusDay("Phê duyệt, ký Trích lục thay đổi, cải chính, bổ sung"),
            Result: "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc (KQ.G15.000037)",
            LegalBasis: [.. CivilStatusLaw, "Bộ luật Dân sự 91/2015/QH13"],
            Sequence: CivilStatusSequence));

        // Certified on the spot at the counter (R10), the same day, and after 15:00 the next working day (R43).
        yield return Published(new Procedure("2.000815",
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận",
            Certification, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Bản chính giấy tờ, văn bản làm cơ sở chứng thực và bản sao cần chứng thực", 1, 0,
                    Note: "Nếu chỉ xuất trình bản chính thì cơ quan chụp từ bản chính (trừ khi không có phương tiện chụp); bản sao phải đủ các trang có thông tin của bản chính"),
            ],
            Cases:
            [
                new("Trong ngày", TimeLimit.SameDay),
                // "kéo dài thêm không quá 02 ngày làm việc" after the reception day.
                new("Nhiều loại bản chính, bản chính nhiều trang, nhiều bản sao hoặc nội dung phức tạp", TimeLimit.WorkingDays(2)),
            ],
            Fees: [new("Phí chứng thực bản sao, mỗi trang (từ trang thứ ba: 1.000 đ/trang; tối đa 200.000 đ/bản; tính theo số trang của bản chính)", 2_000) { Kind = FeeKind.Fee, PerUnit = "trang" }],
            ChannelsIn: Counter,
            ChannelsOut: Counter,
            Workflow: Workflows.SameDay(
                "Đối chiếu bản sao với bản chính", "Ký chứng thực", "Đóng dấu, ghi sổ chứng thực, trả kết quả"),
            Result: "Bản sao được chứng thực từ bản chính (KQ.G15.000021)",
            LegalBasis: [.. CertificationLaw, "Thông tư 257/2016/TT-BTC", "Thông tư 264/2016/TT-BTC (phí tại cơ quan đại diện)"],
            Sequence: "Trả kết quả trong ngày tiếp nhận, hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; trả ngày hôm sau hoặc kéo dài thì phải có phiếu hẹn.",
            FiveOnTheSpot: true,
            DailyCutOff: CutOff));

        yield return Published(new Procedure("2.000884",
            "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
            Certification, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Xuất trình: Căn cước điện tử, hoặc bản chính/bản sao Thẻ căn cước công dân/Thẻ căn cước/Giấy chứng nhận căn cước/Hộ chiếu còn giá trị", 1, 0,
                    Required: false, Note: "Xuất trình, không lưu trong hồ sơ"),
                new("Giấy tờ, văn bản cần chứng thực chữ ký", 1, 0,
                    Note: "Văn bản tiếng nước ngoài: có thể yêu cầu kèm bản dịch tiếng Việt (không cần công chứng/chứng thực)"),
            ],
            Cases: [new("Trong ngày", TimeLimit.SameDay)],
            Fees: [new("Phí chứng thực chữ ký, mỗi trường hợp (một hoặc nhiều chữ ký trong một giấy tờ, văn bản)", 10_000) { Kind = FeeKind.Fee }],
            ChannelsIn: Counter,
            ChannelsOut: Counter,
            Workflow: Workflows.SameDay(
                "Kiểm tra giấy tờ, chứng kiến việc ký, điểm chỉ", "Ký chứng thực", "Đóng dấu, ghi sổ chứng thực, trả kết quả"),
            Result: "Giấy tờ, văn bản được chứng thực chữ ký/điểm chỉ (KQ.G15.000022)",
            LegalBasis: [.. CertificationLaw, "Thông tư 257/2016/TT-BTC", "Thông tư 264/2016/TT-BTC (phí tại cơ quan đại diện)", "Nghị định 18/2026/NĐ-CP"],
            Sequence: "Trả kết quả trong ngày tiếp nhận, hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; trả ngày hôm sau thì phải có phiếu hẹn (giờ, ngày).",
            FiveOnTheSpot: true,
            DailyCutOff: CutOff));

        // The portal has no time limit: a demo assumption of 02 working days, the limit Nghị định 23/2015/NĐ-CP sets for transactions.
        yield return Published(new Procedure("2.001035",
            "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở", Certification, ProcedureLevel.District, justice), new(
            from,
            Components:
            [
                new("Dự thảo giao dịch", 1, 0),
                new("Giấy chứng nhận quyền sở hữu/quyền sử dụng (hoặc giấy tờ thay thế) đối với tài sản phải đăng ký — bản chính hoặc bản sao có chứng thực hoặc bản sao điện tử", 1, 1,
                    Note: "Nộp trực tiếp có thể nộp bản sao kèm bản chính để đối chiếu"),
                new("Xuất trình: Căn cước điện tử hoặc thẻ căn cước/căn cước công dân/hộ chiếu còn giá trị", 1, 0,
                    Required: false, Note: "Xuất trình, không lưu trong hồ sơ"),
            ],
            Cases: [new("Chứng thực giao dịch", TimeLimit.WorkingDays(2))],
            Fees:
            [
                new("Phí chứng thực giao dịch, mỗi giao dịch", 50_000,
                    "Không thu phí chứng thực hợp đồng thế chấp của cá nhân, hộ gia đình vay vốn phát triển nông nghiệp, nông thôn (Nghị định 55/2015/NĐ-CP)")
                {
                    Kind = FeeKind.Fee,
                    Reductions = [new FeeReduction("Vay vốn phát triển nông nghiệp, nông thôn", 100, "Nghị định 55/2015/NĐ-CP")],
                },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: Paper,
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingDays(1), TimeLimit.WorkingHours(4), TimeLimit.WorkingHours(3.5m),
                "Kiểm tra hồ sơ, dự thảo giao dịch", "Ký chứng thực giao dịch", "Đóng dấu, ghi sổ chứng thực, chuyển kết quả"),
            Result: "Giao dịch được chứng thực (KQ.G15.000023)",
            LegalBasis: [.. CertificationLaw, "Nghị định 18/2026/NĐ-CP"]));
    }
}
