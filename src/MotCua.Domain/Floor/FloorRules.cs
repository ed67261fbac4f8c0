namespace MotCua.Domain.Floor;

/// <summary>The rules of the Center's queue and appointments (R40), each with a stable name and the message an officer or citizen reads.</summary>
public static class FloorRules
{
    public static BrokenRule RoleNotAllowed(string action, Role role) =>
        new("R40", nameof(RoleNotAllowed), $"Vai trò {role.Vietnamese()} không được {action}.");

    public static BrokenRule NotYourCenter(string action) =>
        new("R40", nameof(NotYourCenter), $"Số thứ tự thuộc Trung tâm khác, nên cán bộ không được {action}.");

    public static readonly BrokenRule GroupRequired =
        new("R40", nameof(GroupRequired), "Chọn lĩnh vực cần giải quyết để lấy số thứ tự.");

    public static readonly BrokenRule NotWaiting =
        new("R40", nameof(NotWaiting), "Số thứ tự này không còn trong hàng chờ.");

    public static readonly BrokenRule NotCalled =
        new("R40", nameof(NotCalled), "Số thứ tự này chưa được gọi hoặc đã phục vụ xong.");

    public static BrokenRule CalledElsewhere(int counter) =>
        new("R40", nameof(CalledElsewhere), $"Số thứ tự này đang được phục vụ tại quầy {counter}.");

    public static readonly BrokenRule NoSuchCounter =
        new("R40", nameof(NoSuchCounter), "Không có quầy này tại Trung tâm.");

    public static readonly BrokenRule QueueEmpty =
        new("R40", nameof(QueueEmpty), "Không còn công dân chờ ở lĩnh vực của quầy.");

    public static readonly BrokenRule TransferToSameGroup =
        new("R40", nameof(TransferToSameGroup), "Chọn quầy hoặc lĩnh vực khác để chuyển số thứ tự.");

    public static readonly BrokenRule NotADayOfService =
        new("R40", nameof(NotADayOfService), "Trung tâm không làm việc vào ngày này; chọn một ngày làm việc.");

    public static readonly BrokenRule SlotInThePast =
        new("R40", nameof(SlotInThePast), "Khung giờ này đã qua; chọn khung giờ khác.");

    public static readonly BrokenRule SlotTooFar =
        new("R40", nameof(SlotTooFar), $"Chỉ đặt lịch trước tối đa {AppointmentPlan.MaxDaysAhead} ngày.");

    public static readonly BrokenRule NotASlot =
        new("R40", nameof(NotASlot), "Giờ hẹn không phải một khung giờ tiếp nhận của Trung tâm.");

    public static readonly BrokenRule SlotFull =
        new("R40", nameof(SlotFull), "Khung giờ này đã đủ lượt đặt; chọn khung giờ khác.");

    public static readonly BrokenRule NameRequired =
        new("R40", nameof(NameRequired), "Nhập họ và tên người đến làm thủ tục.");

    public static readonly BrokenRule PhoneInvalid =
        new("R40", nameof(PhoneInvalid), "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.");

    public static readonly BrokenRule NotBooked =
        new("R40", nameof(NotBooked), "Lịch hẹn này đã được sử dụng hoặc đã hủy.");

    public static readonly BrokenRule NoSuchAppointment =
        new("R40", nameof(NoSuchAppointment), "Không tìm thấy lịch hẹn hôm nay với mã này.");

    public static readonly BrokenRule NotTheAppointmentDay =
        new("R40", nameof(NotTheAppointmentDay), "Lịch hẹn không phải của ngày hôm nay.");
}
