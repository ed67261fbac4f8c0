namespace MotCua.Domain.Courier;

/// <summary>The rules of paper courier rounds (R12, R13), each with a stable name and the message an officer reads.</summary>
public static class CourierRules
{
    public static BrokenRule RoleNotAllowed(string action, Role role) =>
        new("VAI-TRO", nameof(RoleNotAllowed), $"Vai trò \"{role.Vietnamese()}\" không được {action}.");

    public static BrokenRule NotYourUnit(string action) =>
        new("PHAM-VI", nameof(NotYourUnit), $"Chuyến giao nhận không thuộc đơn vị của cán bộ nên không thể {action}.");

    public static readonly BrokenRule NotARoundTime =
        new("R12", nameof(NotARoundTime), "Giờ này không phải giờ luân chuyển hồ sơ của địa phương; hãy tạo chuyến bổ sung.");

    public static readonly BrokenRule NotAWorkingDay =
        new("R12", nameof(NotAWorkingDay), "Hôm nay không phải ngày làm việc: chỉ tạo được chuyến bổ sung.");

    public static readonly BrokenRule RoundAlreadyDispatched =
        new("R12", nameof(RoundAlreadyDispatched), "Chuyến này đã được giao đi; hồ sơ còn lại đi chuyến sau hoặc chuyến bổ sung.");

    public static readonly BrokenRule ManifestEmpty =
        new("R12", nameof(ManifestEmpty), "Chọn ít nhất một hồ sơ để giao trong chuyến.");

    public static BrokenRule TooManyDossiers(int max) =>
        new("R12", nameof(TooManyDossiers), $"Một chuyến giao nhận có tối đa {max} hồ sơ.");

    public static BrokenRule NotWaiting(string code) =>
        new("R12", nameof(NotWaiting), $"Hồ sơ {code} không nằm trong danh sách chờ giao của cơ quan này (đã giao ở chuyến khác hoặc không phải hồ sơ giấy).");

    public static BrokenRule CourierNameInvalid(string problem) =>
        new("R13", nameof(CourierNameInvalid), problem);

    public static readonly BrokenRule AlreadyConfirmed =
        new("R12", nameof(AlreadyConfirmed), "Chuyến này đã được bên nhận xác nhận.");

    public static BrokenRule CountInvalid(int max) =>
        new("R12", nameof(CountInvalid), $"Số hồ sơ đếm được phải là số từ 0 đến {max} (số hồ sơ của chuyến).");

    public static BrokenRule CountDiffers(int counted, int ticked) =>
        new("R12", nameof(CountDiffers),
            $"Số hồ sơ đếm được ({counted}) khác số hồ sơ đã đánh dấu là nhận ({ticked}); xin đếm và đánh dấu lại.");

    public static readonly BrokenRule NotInManifest =
        new("R12", nameof(NotInManifest), "Chỉ đánh dấu những hồ sơ có trong danh sách của chuyến.");

    public static BrokenRule SignerInvalid(string problem) =>
        new("R12", nameof(SignerInvalid), problem);

    public static readonly BrokenRule NotConfirmed =
        new("R13", nameof(NotConfirmed), "Chuyến chưa được bên nhận xác nhận nên chưa ghi vào phiếu kiểm soát.");

    public static readonly BrokenRule NotReceivedInRound =
        new("R13", nameof(NotReceivedInRound), "Hồ sơ không có trong số hồ sơ bên nhận đã nhận ở chuyến này.");
}
