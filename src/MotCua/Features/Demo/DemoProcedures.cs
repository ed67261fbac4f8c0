using MotCua.Features.Catalog;
using System.Collections.Frozen;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;

namespace MotCua.Features.Demo;

/// <summary>
/// The demo procedures, from shared/data/procedures-vn-sample.json. Where the sample has no value
/// (a time limit, a fee, a component), a comment marks the value as a demo assumption. The sample
/// gives channels in only: results go out the same ways, online where the result is electronic.
/// Level: the demo Center is a district's, so the procedures its district agencies decide are
/// District; the 2026 database lists most of them at commune level (two-tier government since 7/2025).
/// </summary>
static partial class DemoProcedures
{
    static readonly FrozenSet<Channel> AllChannels = new[] { Channel.InPerson, Channel.Post, Channel.Online }.ToFrozenSet();
    static readonly FrozenSet<Channel> Paper = new[] { Channel.InPerson, Channel.Post }.ToFrozenSet();
    static readonly FrozenSet<Channel> Counter = new[] { Channel.InPerson }.ToFrozenSet();

    const string HouseholdBusiness = "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)";
    const string Construction = "Hoạt động xây dựng";
    const string Land = "Đất đai";
    const string SocialProtection = "Bảo trợ xã hội";

    static readonly string[] HouseholdBusinessLaw =
    [
        "Luật Doanh nghiệp 59/2020/QH14",
        "Luật 76/2025/QH15 (sửa đổi, bổ sung Luật Doanh nghiệp)",
        "Nghị định 168/2025/NĐ-CP (đăng ký doanh nghiệp, hộ kinh doanh)",
        "Thông tư 68/2025/TT-BTC",
        "Thông tư 85/2019/TT-BTC",
    ];

    // Fees of land procedures are the province's; the sample's are Đồng Nai's, a stand-in for the demo province.
    const string DongNaiFeeResolutions = "Nghị quyết 21/2024/NQ-HĐND và 22/2024/NQ-HĐND tỉnh Đồng Nai (mức phí, lệ phí của dữ liệu minh họa)";

    /// <summary>The procedure with its version; a version the domain refuses is a bug in this demo data.</summary>
    static Procedure Published(Procedure procedure, ProcedureVersion version)
    {
        if (procedure.AddVersion(version).Broken is { } broken)
            throw new InvalidOperationException($"Dữ liệu minh họa của thủ tục {procedure.Code} không hợp lệ: {broken}");
        return procedure;
    }

    public static IEnumerable<Procedure> Others(DateOnly from)
    {
        var finance = DemoCatalog.FinanceAndPlanning.Id;

        // The fee is the province's (Thông tư 85/2019/TT-BTC); the amounts are those the portal shows, unchecked against a resolution.
        yield return Published(new Procedure("1.001612", "Đăng ký thành lập hộ kinh doanh", HouseholdBusiness, ProcedureLevel.District, finance), new(
            from,
            Components:
            [
                new("Giấy đề nghị đăng ký hộ kinh doanh", 1, 0),
                new("Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ (công chứng/chứng thực) — hộ do thành viên hộ gia đình thành lập", 0, 1,
                    Required: false),
                new("Văn bản ủy quyền cho cá nhân (không bắt buộc công chứng/chứng thực) hoặc hợp đồng dịch vụ kèm giấy giới thiệu (tổ chức), phiếu gửi bưu chính công ích — khi ủy quyền", 0, 1,
                    Required: false),
                new("Bản sao thẻ Căn cước/Căn cước công dân của người ủy quyền (khi chưa có tài khoản định danh điện tử)", 0, 1, Required: false),
            ],
            Cases: [new("Đăng ký thành lập hộ kinh doanh", TimeLimit.WorkingDays(3))],
            Fees:
            [
                new("Lệ phí đăng ký hộ kinh doanh – nộp trực tiếp", 50_000) { Channels = new HashSet<Channel> { Channel.InPerson } },
                new("Lệ phí đăng ký hộ kinh doanh – nộp trực tuyến, qua bưu chính", 150_000) { Channels = new HashSet<Channel> { Channel.Online, Channel.Post } },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: AllChannels,
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingDays(1.5m), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(0.5m),
                signing: "Phê duyệt, ký Giấy chứng nhận đăng ký hộ kinh doanh"),
            Result: "Giấy chứng nhận đăng ký hộ kinh doanh (KQ.G12.001041); hoặc Thông báo nội dung cần sửa đổi, bổ sung (KQ.G12.001009)",
            LegalBasis: HouseholdBusinessLaw,
            Sequence: "Trong 03 ngày làm việc kể từ ngày nhận hồ sơ, cơ quan cấp Giấy chứng nhận hoặc thông báo bằng văn bản nội dung cần sửa đổi, bổ sung. Lệ phí nộp khi nộp hồ sơ, không hoàn trả nếu không được cấp."));

        yield return Published(new Procedure("2.000720", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", HouseholdBusiness, ProcedureLevel.District, finance), new(
            from,
            Components:
            [
                new("Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 1, 0),
                new("Biên bản họp nhóm cá nhân về việc thay đổi (hộ kinh doanh do nhóm cá nhân thành lập trước khi Nghị định 168/2025/NĐ-CP có hiệu lực)", 1, 0,
                    Required: false),
                new("Giấy tờ ủy quyền (văn bản ủy quyền/hợp đồng dịch vụ/phiếu gửi bưu chính) khi ủy quyền", 1, 0, Required: false),
            ],
            Cases: [new("Đăng ký thay đổi", TimeLimit.WorkingDays(3))],
            Fees: [new("Lệ phí đăng ký thay đổi", 0)],
            ChannelsIn: AllChannels,
            ChannelsOut: AllChannels,
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingDays(1.5m), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(0.5m),
                signing: "Phê duyệt, ký Giấy chứng nhận đăng ký hộ kinh doanh"),
            Result: "Giấy chứng nhận đăng ký hộ kinh doanh (KQ.G12.001041) / cập nhật thông tin thay đổi trong cơ sở dữ liệu đăng ký hộ kinh doanh (KQ.G12.001347)",
            LegalBasis: HouseholdBusinessLaw,
            Conditions: "Hộ kinh doanh phải đăng ký thay đổi trong 10 ngày kể từ ngày có thay đổi."));

        // Luật Xây dựng counts these limits in calendar days. The fee is the province's and the sample
        // gives none: 75.000 đ and 150.000 đ are demo assumptions (common provincial rates).
        yield return Published(new Procedure("1.013225",
            "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (...) và nhà ở riêng lẻ", Construction, ProcedureLevel.District, DemoCatalog.Infrastructure.Id), new(
            from,
            Components:
            [
                new("Đơn đề nghị cấp giấy phép xây dựng", 1, 0, Template: "Mẫu số 1 Phụ lục II Nghị định 175/2024/NĐ-CP"),
                new("Một trong những giấy tờ hợp pháp về đất đai (Điều 53 Nghị định 175/2024/NĐ-CP), ví dụ Giấy chứng nhận quyền sử dụng đất", 1, 1,
                    Note: "Thay bằng dữ liệu khi cơ sở dữ liệu đất đai vận hành"),
                new("02 bộ bản vẽ thiết kế xây dựng; kết quả thủ tục hành chính về phòng cháy, chữa cháy; báo cáo thẩm tra thiết kế (nếu pháp luật yêu cầu)", 2, 0,
                    Note: "Đối với nhà ở riêng lẻ của hộ gia đình, cá nhân"),
            ],
            Cases:
            [
                new("Nhà ở riêng lẻ", TimeLimit.CalendarDays(15)),
                new("Công trình cấp III, cấp IV", TimeLimit.CalendarDays(20)),
            ],
            Fees:
            [
                new("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 75_000) { Case = "Nhà ở riêng lẻ", Timing = FeeTiming.OnReturn },
                new("Lệ phí cấp giấy phép xây dựng công trình", 150_000) { Case = "Công trình cấp III, cấp IV", Timing = FeeTiming.OnReturn },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: Paper,
            // Seven working days of appraisal and site visit is the sample's; ten in all fit fifteen calendar days without a holiday.
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingDays(7), TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(1),
                "Thẩm định hồ sơ, kiểm tra thực địa", "Phê duyệt, ký giấy phép xây dựng", "Đóng dấu hồ sơ thiết kế, vào sổ, chuyển kết quả"),
            Result: "Giấy phép xây dựng kèm hồ sơ thiết kế có đóng dấu của cơ quan cấp phép (KQ.G17.000311)",
            LegalBasis:
            [
                "Luật Xây dựng 50/2014/QH13",
                "Luật 62/2020/QH14",
                "Nghị định 175/2024/NĐ-CP",
                "Nghị định 140/2025/NĐ-CP",
                "Nghị định 144/2025/NĐ-CP",
                "Nghị định 105/2025/NĐ-CP",
                "Nghị định 14/2026/NĐ-CP",
            ],
            Sequence: "Trong 07 ngày làm việc, cơ quan cấp phép thẩm định hồ sơ, kiểm tra thực địa và thông báo nếu phải bổ sung."));

        // The portal lists 17, 20 and 27 working days by channel; Đồng Nai lists 17–20 (ordinary areas)
        // and 27–30 (difficult areas). The demo takes each area's upper bound.
        yield return Published(new Procedure("1.013978",
            "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài",
            Land, ProcedureLevel.District, DemoCatalog.NaturalResources.Id, [DemoCatalog.LandRegistration.Id, DemoCatalog.Tax.Id]), new(
            from,
            Components:
            [
                new("Đơn đăng ký đất đai, tài sản gắn liền với đất", 1, 1),
                new("Một trong các giấy tờ về quyền sử dụng đất theo Điều 137, khoản 1, 5 Điều 148, khoản 1, 5 Điều 149 Luật Đất đai; sơ đồ nhà ở, công trình (nếu có)", 1, 1),
                new("Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ miễn, giảm (nếu có)", 1, 1, Required: false),
                new("Văn bản xác định các thành viên có chung quyền sử dụng đất của hộ gia đình (nếu hộ gia đình đang sử dụng đất)", 1, 1, Required: false),
                new("Văn bản thỏa thuận cấp chung một Giấy chứng nhận (nhiều người chung quyền)", 1, 1, Required: false),
                new("Văn bản về việc đại diện (khi thực hiện qua người đại diện)", 1, 1, Required: false),
                new("Mảnh trích đo bản đồ địa chính thửa đất (nếu có)", 1, 1, Required: false),
            ],
            Cases:
            [
                new("Khu vực thông thường", TimeLimit.WorkingDays(20)),
                new("Xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn", TimeLimit.WorkingDays(30)),
            ],
            Fees:
            [
                new("Phí thẩm định hồ sơ cấp Giấy chứng nhận – quyền sử dụng đất (hộ gia đình, cá nhân)", 880_000, "Nộp trực tuyến: 836.000 đ") { Kind = FeeKind.Fee, Choice = "Phí thẩm định theo đối tượng chứng nhận" },
                new("Phí thẩm định hồ sơ cấp Giấy chứng nhận – tài sản gắn liền với đất", 980_000, "Nộp trực tuyến: 931.000 đ") { Kind = FeeKind.Fee, Choice = "Phí thẩm định theo đối tượng chứng nhận" },
                new("Phí thẩm định hồ sơ cấp Giấy chứng nhận – cả đất và tài sản", 1_250_000,
                    "Nộp trực tuyến: 1.187.500 đ; nhiều người đồng sở hữu: từ người thứ hai thu thêm 50.000 đ/Giấy chứng nhận/người") { Kind = FeeKind.Fee, Choice = "Phí thẩm định theo đối tượng chứng nhận" },
                new("Lệ phí cấp Giấy chứng nhận – quyền sử dụng đất, mỗi giấy", 30_000, "Tại xã, thị trấn: 15.000 đ; nộp trực tuyến được miễn")
                {
                    Timing = FeeTiming.OnReturn, PerUnit = "giấy", Choice = "Lệ phí cấp Giấy chứng nhận",
                    Reductions = [new FeeReduction("Hộ nghèo", 100, "Thông tư 85/2019/TT-BTC, Điều 5")],
                },
                new("Lệ phí cấp Giấy chứng nhận – quyền sử dụng đất và tài sản gắn liền với đất, mỗi giấy", 120_000, "Tại xã, thị trấn: 60.000 đ; nộp trực tuyến được miễn")
                {
                    Timing = FeeTiming.OnReturn, PerUnit = "giấy", Choice = "Lệ phí cấp Giấy chứng nhận",
                    Reductions = [new FeeReduction("Hộ nghèo", 100, "Thông tư 85/2019/TT-BTC, Điều 5")],
                },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: Paper,
            // Five working days is the sample's limit for field measurement; eleven cover the 15-day public notice.
            Workflow: Workflows.AppraiseActSignRecord(
                ("Kiểm tra hồ sơ, trích đo địa chính, xác minh hiện trạng sử dụng đất", TimeLimit.WorkingDays(5)),
                ("Niêm yết công khai 15 ngày, gửi thông tin sang cơ quan thuế", TimeLimit.WorkingDays(11)),
                ("Phê duyệt, ký Giấy chứng nhận", TimeLimit.WorkingDays(2)),
                ("Vào sổ cấp Giấy chứng nhận, cập nhật cơ sở dữ liệu đất đai, chuyển kết quả", TimeLimit.WorkingDays(2))),
            Result: "Thông báo xác nhận kết quả đăng ký đất đai (KQ.G10.000921); Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (KQ.G10.001148)",
            LegalBasis:
            [
                "Luật Đất đai 31/2024/QH15",
                "Luật 43/2024/QH15",
                "Nghị định 101/2024/NĐ-CP",
                "Nghị định 151/2025/NĐ-CP",
                "Nghị định 226/2025/NĐ-CP",
                "Nghị định 118/2025/NĐ-CP",
                DongNaiFeeResolutions,
            ],
            Sequence: "Niêm yết công khai kết quả kiểm tra hồ sơ trong 15 ngày; trích đo địa chính thửa đất không quá 05 ngày làm việc."));

        // Đồng Nai's "08 ngày" and "04 ngày", read as working days as the portal counts land procedures
        // (the portal's own 18/4/18 by channel contradicts Đồng Nai; the demo follows Đồng Nai).
        yield return Published(new Procedure("1.013831",
            "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi QSDĐ nông nghiệp (không theo phương án dồn điền, đổi thửa); chuyển nhượng, thừa kế, tặng cho, góp vốn bằng QSDĐ, QSH tài sản; cho thuê, cho thuê lại QSDĐ trong dự án KCHT; ...",
            Land, ProcedureLevel.Province, DemoCatalog.LandRegistration.Id, [DemoCatalog.Tax.Id]), new(
            from,
            Components:
            [
                new("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất", 1, 1, Template: "Mẫu số 18"),
                new("Bản gốc Giấy chứng nhận đã cấp", 1, 0),
                new("Hợp đồng hoặc văn bản về việc chuyển quyền (chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn)", 1, 1),
                new("Văn bản của bên nhận thế chấp đồng ý cho chuyển nhượng, tặng cho (nếu đang thế chấp)", 1, 1, Required: false),
                new("Văn bản thỏa thuận cấp chung một Giấy chứng nhận (nhiều người nhận quyền)", 1, 1, Required: false),
                new("Văn bản về việc đại diện (nếu qua người đại diện)", 1, 1, Required: false),
                new("Bản vẽ tách thửa, hợp thửa (nếu phải tách, hợp thửa)", 1, 0, Required: false, Template: "Mẫu số 22 Nghị định 151/2025/NĐ-CP"),
            ],
            Cases:
            [
                new("Chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn", TimeLimit.WorkingDays(8)),
                new("Cho thuê, cho thuê lại quyền sử dụng đất trong dự án đầu tư xây dựng kinh doanh kết cấu hạ tầng", TimeLimit.WorkingDays(4)),
            ],
            Fees:
            [
                new("Phí thẩm định hồ sơ chứng nhận biến động – quyền sử dụng đất (hộ gia đình, cá nhân)", 450_000, "Nộp trực tuyến: 427.500 đ") { Kind = FeeKind.Fee, Choice = "Phí thẩm định theo đối tượng chứng nhận" },
                new("Phí thẩm định hồ sơ chứng nhận biến động – tài sản gắn liền với đất", 470_000, "Nộp trực tuyến: 446.500 đ") { Kind = FeeKind.Fee, Choice = "Phí thẩm định theo đối tượng chứng nhận" },
                new("Phí thẩm định hồ sơ chứng nhận biến động – cả đất và tài sản", 560_500,
                    "Nhiều người đồng sở hữu: thu thêm 50.000 đ/người") { Kind = FeeKind.Fee, Choice = "Phí thẩm định theo đối tượng chứng nhận" },
                new("Lệ phí cấp Giấy chứng nhận (hộ gia đình, cá nhân), mỗi giấy", 24_000,
                    "Đất và tài sản: 60.000 đ; tại xã, thị trấn: 12.000 đ / 30.000 đ; nộp trực tuyến được miễn")
                {
                    Timing = FeeTiming.OnReturn, PerUnit = "giấy",
                    Reductions = [new FeeReduction("Hộ nghèo", 100, "Thông tư 85/2019/TT-BTC, Điều 5")],
                },
            ],
            ChannelsIn: AllChannels,
            ChannelsOut: Paper,
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(1),
                "Kiểm tra hồ sơ, gửi thông tin địa chính sang cơ quan thuế",
                "Phê duyệt, ký xác nhận biến động hoặc Giấy chứng nhận",
                "Chỉnh lý hồ sơ địa chính, cập nhật cơ sở dữ liệu đất đai, chuyển kết quả"),
            Result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp mới) hoặc xác nhận thay đổi trên Giấy chứng nhận đã cấp (KQ.G10.001147)",
            LegalBasis:
            [
                "Luật Đất đai 31/2024/QH15",
                "Nghị định 101/2024/NĐ-CP",
                "Nghị định 151/2025/NĐ-CP",
                "Nghị định 226/2025/NĐ-CP",
                "Nghị định 118/2025/NĐ-CP",
                DongNaiFeeResolutions,
            ]));

        var social = DemoCatalog.CultureAndSociety.Id;

        // The council has 20 working days; the sample gives 05 more, after its conclusion, to post and issue the certificate.
        yield return Published(new Procedure("1.001699",
            "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", SocialProtection, ProcedureLevel.District, social), new(
            from,
            Components:
            [
                new("Đơn đề nghị", 1, 0, Template: "Mẫu số 01 Thông tư 01/2019/TT-BLĐTBXH"),
                new("Bản sao giấy tờ y tế chứng minh khuyết tật: bệnh án, giấy tờ khám, điều trị, phẫu thuật hoặc giấy tờ liên quan (nếu có)", 1, 0, Required: false),
                new("Bản sao kết luận Hội đồng Giám định y khoa (nếu đã có kết luận trước 01/6/2012)", 1, 0, Required: false),
                new("Xác định lại: Giấy xác nhận khuyết tật cũ hoặc giấy tờ liên quan (nếu có)", 1, 0, Required: false),
            ],
            Cases: [new("Xác định, xác định lại mức độ khuyết tật", TimeLimit.WorkingDays(25))],
            Fees: [new("Phí, lệ phí", 0)],
            ChannelsIn: Counter,
            ChannelsOut: Counter,
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingDays(20), TimeLimit.WorkingDays(3), TimeLimit.WorkingDays(2),
                "Thẩm định hồ sơ, tổ chức Hội đồng xác định mức độ khuyết tật",
                "Phê duyệt, ký Giấy xác nhận khuyết tật",
                "Niêm yết kết quả, vào sổ, chuyển kết quả"),
            Result: "Giấy xác nhận khuyết tật",
            LegalBasis:
            [
                "Luật Người khuyết tật 51/2010/QH12",
                "Nghị định 28/2012/NĐ-CP",
                "Thông tư 01/2019/TT-BLĐTBXH (sửa đổi bởi Thông tư 08/2023/TT-BLĐTBXH)",
            ],
            Sequence: "Trong 05 ngày làm việc kể từ khi có kết luận của Hội đồng xác định mức độ khuyết tật, Chủ tịch Ủy ban nhân dân niêm yết và cấp Giấy xác nhận khuyết tật."));

        // The sample is the version before 1/7/2025: the commune proposes in 02 working days, the district appraises in 03 and its chairman decides.
        yield return Published(new Procedure("1.001731",
            "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", SocialProtection, ProcedureLevel.District, social), new(
            from,
            Components:
            [
                new("Tờ khai đề nghị hỗ trợ chi phí mai táng", 1, 0, Template: "Mẫu số 04 Nghị định 20/2021/NĐ-CP"),
                new("Bản sao giấy chứng tử của đối tượng", 0, 1),
                new("Bản sao quyết định/danh sách thôi hưởng trợ cấp bảo hiểm xã hội, trợ cấp khác (người từ đủ 80 tuổi đang hưởng trợ cấp tuất bảo hiểm xã hội hằng tháng, trợ cấp hằng tháng khác)", 0, 1,
                    Required: false),
            ],
            Cases: [new("Hỗ trợ chi phí mai táng", TimeLimit.WorkingDays(5))],
            Fees: [new("Phí, lệ phí", 0)],
            ChannelsIn: AllChannels,
            ChannelsOut: Paper,
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(1),
                signing: "Trình Chủ tịch Ủy ban nhân dân huyện ký quyết định hỗ trợ"),
            Result: "Quyết định hỗ trợ chi phí mai táng",
            LegalBasis: ["Nghị định 20/2021/NĐ-CP"],
            Sequence: "Ủy ban nhân dân cấp xã lập văn bản đề nghị trong 02 ngày làm việc; phòng chuyên môn cấp huyện thẩm định trong 03 ngày làm việc, trình Chủ tịch Ủy ban nhân dân cấp huyện quyết định."));

        // The sample's page was cut off after the limit ("3 ngày", calendar days) and the fee: the components,
        // the result and the legal basis are demo assumptions, after 1.001731. One working day of budget:
        // three calendar days from a Friday leave only the Monday.
        yield return Published(new Procedure("1.014028",
            "Hỗ trợ chi phí mai táng đối với đối tượng hưởng trợ cấp hưu trí xã hội", SocialProtection, ProcedureLevel.District, social), new(
            from,
            Components:
            [
                new("Tờ khai đề nghị hỗ trợ chi phí mai táng", 1, 0),
                new("Bản sao giấy chứng tử của đối tượng", 0, 1),
            ],
            Cases: [new("Hỗ trợ chi phí mai táng", TimeLimit.CalendarDays(3))],
            Fees: [new("Phí, lệ phí", 0)],
            ChannelsIn: Counter,
            ChannelsOut: Counter,
            Workflow: Workflows.AppraiseSignRecord(
                TimeLimit.WorkingHours(4), TimeLimit.WorkingHours(2), TimeLimit.WorkingHours(1.5m),
                signing: "Phê duyệt, ký quyết định hỗ trợ"),
            Result: "Quyết định hỗ trợ chi phí mai táng",
            LegalBasis: ["Luật Bảo hiểm xã hội 41/2024/QH15"]));
    }
}
