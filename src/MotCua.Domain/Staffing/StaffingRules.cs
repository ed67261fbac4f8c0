using MotCua.Domain.Profiles;

namespace MotCua.Domain.Staffing;

/// <summary>
/// The rules on officers seconded to the Center (R30, R61, R62), each with a stable name and the message an officer reads.
/// </summary>
public static class StaffingRules
{
    public static BrokenRule RoleNotAllowed(string action, Role role) =>
        new("R30", nameof(RoleNotAllowed), $"Vai trò {role.Vietnamese()} không được {action}.");

    public static BrokenRule NotYourUnit(string action) =>
        new("R30", nameof(NotYourUnit), $"Việc này không thuộc đơn vị của cán bộ, nên cán bộ không được {action}.");

    public static readonly BrokenRule CounterNumberOutOfRange =
        new("R30", nameof(CounterNumberOutOfRange), $"Số quầy phải từ 1 đến {Counter.MaxNumber}.");

    public static readonly BrokenRule ServiceGroupRequired =
        new("R30", nameof(ServiceGroupRequired), "Nhập nhóm lĩnh vực quầy phục vụ.");

    public static readonly BrokenRule CounterAgenciesRequired =
        new("R30", nameof(CounterAgenciesRequired), "Chọn ít nhất một cơ quan có thủ tục được tiếp nhận tại quầy.");

    public static BrokenRule NotAnAgency(string unit) =>
        new("R30", nameof(NotAnAgency), $"{unit} không phải cơ quan giải quyết thủ tục hành chính: chỉ cơ quan cử cán bộ đến Trung tâm.");

    public static BrokenRule BelowMinimumRank(OfficerPosition position) =>
        new("R30", nameof(BelowMinimumRank),
            $"Cán bộ cử đến Trung tâm phải giữ chức vụ (hoặc được quy hoạch) từ Phó Trưởng phòng trở lên; cán bộ này là {position.Vietnamese().ToLowerInvariant()} (Điều 13.1 quy chế Bắc Ninh).");

    public static BrokenRule TooShort(int months) =>
        new("R30", nameof(TooShort), $"Thời hạn cử đến Trung tâm tối thiểu {months} tháng.");

    public static readonly BrokenRule UntilBeforeFrom =
        new("R30", nameof(UntilBeforeFrom), "Ngày kết thúc cử đến Trung tâm phải sau ngày bắt đầu.");

    public static readonly BrokenRule DelegationRequired =
        new("R30", nameof(DelegationRequired),
            "Người được cử đến Trung tâm phải được cơ quan phân cấp, ủy quyền phê duyệt kết quả; không cử người chỉ làm nhiệm vụ tiếp nhận và luân chuyển hồ sơ (Điều 5.3 quy chế Cẩm Phả).");

    public static BrokenRule AlreadySeconded(string officer, string agency) =>
        new("R30", nameof(AlreadySeconded), $"{officer} đã có tên trong danh sách cán bộ của {agency} tại Trung tâm.");

    public static BrokenRule NotProposed(string action) =>
        new("R30", nameof(NotProposed), $"Chỉ việc cử cán bộ đang chờ phê duyệt mới được {action}.");

    public static BrokenRule NotServing(string action) =>
        new("R30", nameof(NotServing), $"Cán bộ không còn làm việc tại Trung tâm, nên không được {action}.");

    public static readonly BrokenRule DecisionRequired =
        new("R30", nameof(DecisionRequired), "Ghi số, ngày văn bản phê duyệt danh sách cán bộ cử đến Trung tâm.");

    public static readonly BrokenRule ReasonRequired =
        new("R30", nameof(ReasonRequired), "Ghi lý do.");

    public static readonly BrokenRule EndBeforeStart =
        new("R30", nameof(EndBeforeStart), "Ngày thôi làm việc tại Trung tâm không được trước ngày bắt đầu.");

    public static readonly BrokenRule AbsenceEndsBeforeStart =
        new("R30", nameof(AbsenceEndsBeforeStart), "Thời gian vắng mặt phải kết thúc sau khi bắt đầu.");

    public static readonly BrokenRule AbsenceTooLong =
        new("R30", nameof(AbsenceTooLong), $"Một lần vắng mặt không quá {Absence.MaxDays} ngày; thời gian dài hơn thì cử người khác thay (R32).");

    public static readonly BrokenRule SubstituteIsTheOfficer =
        new("R30", nameof(SubstituteIsTheOfficer), "Người thay thế phải là cán bộ khác.");

    public static BrokenRule SubstituteOfOtherAgency(string substitute) =>
        new("R30", nameof(SubstituteOfOtherAgency), $"{substitute} không có tên trong danh sách cán bộ của cơ quan tại Trung tâm.");

    public static BrokenRule SubstituteAbsent(string substitute) =>
        new("R30", nameof(SubstituteAbsent), $"{substitute} cũng vắng mặt trong thời gian này.");

    public static readonly BrokenRule NotARequest =
        new("R30", nameof(NotARequest), "Chỉ đề nghị cử cán bộ đi làm nhiệm vụ khác trong giờ làm việc chờ Trung tâm đồng ý; việc này đã được quyết định.");

    public static readonly BrokenRule RecallNeedsRequest =
        new("R30", nameof(RecallNeedsRequest),
            "Trong giờ làm việc, cơ quan không được cử cán bộ đang làm việc tại Trung tâm đi làm nhiệm vụ khác khi chưa được Trung tâm đồng ý: gửi đề nghị để Trung tâm quyết định.");

    public static BrokenRule AbsenceClosed(string action) =>
        new("R30", nameof(AbsenceClosed), $"Việc vắng mặt đã bị từ chối hoặc đã kết thúc, nên không được {action}.");
}
