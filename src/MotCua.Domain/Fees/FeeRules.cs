namespace MotCua.Domain.Fees;

/// <summary>The rules of fees and their collection (R28, R29, R59), each with its id, a stable name and the message an officer reads.</summary>
public static class FeeRules
{
    public static BrokenRule UnknownFee(string name) =>
        new("R28", nameof(UnknownFee), $"Thủ tục không có khoản phí, lệ phí \"{name}\" phải nộp lúc này.");

    public static BrokenRule FeeChosenTwice(string name) =>
        new("R28", nameof(FeeChosenTwice), $"Khoản \"{name}\" được chọn hai lần.");

    public static BrokenRule QuantityOutOfRange(string name) =>
        new("R28", nameof(QuantityOutOfRange), $"Số lượng của khoản \"{name}\" không hợp lệ: khoản thu theo đơn vị phải từ 1 đến 10.000, khoản thu một lần là 1, khoản thu theo yêu cầu từ 0.");

    public static BrokenRule ChooseOne(string choice, IEnumerable<string> names) =>
        new("R28", nameof(ChooseOne), $"Phải chọn đúng một khoản \"{choice}\": {string.Join("; ", names)}.");

    public static BrokenRule UnknownReduction(string category) =>
        new("R28", nameof(UnknownReduction), $"Không khoản phí, lệ phí nào phải nộp lúc này được miễn, giảm cho đối tượng \"{category}\".");

    public static readonly BrokenRule NothingToCollect =
        new("R29", nameof(NothingToCollect), "Hồ sơ không có khoản phí, lệ phí nào đến hạn nộp mà chưa nộp.");

    public static readonly BrokenRule FeesNotPaid =
        new("R29", nameof(FeesNotPaid), "Thủ tục thu phí, lệ phí khi nộp hồ sơ: hồ sơ chưa nộp nên chưa được chuyển giải quyết.");

    public static readonly BrokenRule FeesOutstanding =
        new("R29", nameof(FeesOutstanding), "Hồ sơ còn phí, lệ phí chưa nộp nên chưa được trả kết quả.");

    public static readonly BrokenRule CenterIsSoleCollector =
        new("R29", nameof(CenterIsSoleCollector), "Theo quy chế của địa phương, Trung tâm là đầu mối duy nhất thu phí, lệ phí: cơ quan không được ghi nhận thu.");

    public static readonly BrokenRule NoSuchReceipt =
        new("R29", nameof(NoSuchReceipt), "Hồ sơ không có biên lai này, hoặc biên lai đã bị hủy.");

    public static readonly BrokenRule AlreadyRefunded =
        new("R29", nameof(AlreadyRefunded), "Biên lai này đã được hoàn trả tiền.");

    public static BrokenRule RefundOutOfRange(long paid) =>
        new("R29", nameof(RefundOutOfRange), $"Số tiền hoàn trả phải từ 1 đ đến số đã thu {VietnameseFormat.Money(paid)}.");

    public static readonly BrokenRule RefundedCannotBeCancelled =
        new("R29", nameof(RefundedCannotBeCancelled), "Biên lai đã hoàn trả tiền thì không hủy được.");

    public static readonly BrokenRule NotOnline =
        new("R29", nameof(NotOnline), "Chỉ thanh toán trực tuyến qua cổng thanh toán mới được ghi nhận tự động.");
}
