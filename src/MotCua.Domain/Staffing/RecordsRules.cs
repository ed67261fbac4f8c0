using MotCua.Domain.Profiles;

namespace MotCua.Domain.Staffing;

/// <summary>The rules on seconded officers' records (R69 equipment, stationery, uniforms; R70 training, awards), each with a stable name and the message an officer reads.</summary>
public static class RecordsRules
{
    public static BrokenRule RoleNotAllowed(string action, Role role) =>
        new("R69", nameof(RoleNotAllowed), $"Vai trò {role.Vietnamese()} không được {action}.");

    public static BrokenRule NotYourUnit(string action) =>
        new("R69", nameof(NotYourUnit), $"Cán bộ này không làm việc tại Trung tâm của cán bộ, nên cán bộ không được {action}.");

    public static BrokenRule NotServing(string action) =>
        new("R69", nameof(NotServing), $"Cán bộ không đang làm việc tại Trung tâm (chưa được phê duyệt hoặc đã thôi), nên không được {action}.");

    public static readonly BrokenRule ItemNameRequired =
        new("R69", nameof(ItemNameRequired), "Nhập tên tài sản, thiết bị bàn giao.");

    public static readonly BrokenRule AssetCodeRequired =
        new("R69", nameof(AssetCodeRequired), "Nhập số sê-ri hoặc mã tài sản.");

    public static readonly BrokenRule ConditionRequired =
        new("R69", nameof(ConditionRequired), "Ghi tình trạng của tài sản khi bàn giao.");

    public static BrokenRule AssetHeld(string code, string officer) =>
        new("R69", nameof(AssetHeld), $"Tài sản mã {code} đang giao cho {officer}: phải bàn giao lại Trung tâm trước khi giao cho người khác.");

    public static readonly BrokenRule NotTheOfficer =
        new("R69", nameof(NotTheOfficer), "Chỉ cán bộ được giao tài sản mới xác nhận nhận bàn giao.");

    public static readonly BrokenRule AlreadyTakenOver =
        new("R69", nameof(AlreadyTakenOver), "Cán bộ đã xác nhận nhận bàn giao tài sản này.");

    public static readonly BrokenRule AlreadyReturned =
        new("R69", nameof(AlreadyReturned), "Tài sản đã được bàn giao lại Trung tâm.");

    public static readonly BrokenRule UniformsNotSupplied =
        new("R69", nameof(UniformsNotSupplied), "Quy chế của địa phương không quy định Trung tâm cấp phát hay đề xuất may đồng phục cho cán bộ.");

    public static BrokenRule UniformActionNotInProfile(UniformAction asked, UniformSupply supply) =>
        new("R69", nameof(UniformActionNotInProfile), supply == UniformSupply.CenterYearly
            ? $"Theo quy chế, Trung tâm cấp phát đồng phục hằng năm cho cán bộ; không ghi \"{asked.Vietnamese().ToLowerInvariant()}\"."
            : $"Theo quy chế, Trung tâm chỉ đề xuất may đồng phục cho cán bộ; không ghi \"{asked.Vietnamese().ToLowerInvariant()}\".");

    public static BrokenRule AlreadyIssuedThisYear(int year, DateOnly on) =>
        new("R69", nameof(AlreadyIssuedThisYear), $"Cán bộ đã được cấp phát đồng phục năm {year} (ngày {on:dd/MM/yyyy}).");

    public static readonly BrokenRule UniformItemsRequired =
        new("R69", nameof(UniformItemsRequired), "Ghi các bộ đồng phục (loại, số lượng).");

    public static readonly BrokenRule DateInFuture =
        new("R69", nameof(DateInFuture), "Ngày ghi nhận không được sau ngày hôm nay.");

    public static readonly BrokenRule CourseRequired =
        new("R70", nameof(CourseRequired), "Nhập tên khóa đào tạo, bồi dưỡng.");

    public static readonly BrokenRule OrganiserRequired =
        new("R70", nameof(OrganiserRequired), "Ghi đơn vị tổ chức khóa đào tạo, bồi dưỡng.");

    public static readonly BrokenRule TrainingEndsBeforeStart =
        new("R70", nameof(TrainingEndsBeforeStart), "Ngày kết thúc khóa đào tạo không được trước ngày bắt đầu.");

    public static readonly BrokenRule AgenciesTrainTheirOwn =
        new("R70", nameof(AgenciesTrainTheirOwn),
            "Theo quy chế, cơ quan tự đào tạo, bồi dưỡng cán bộ của mình; Trung tâm chỉ ghi nhận khóa đào tạo do cơ quan báo (Điều 5.3 quy chế Cẩm Phả).");

    public static readonly BrokenRule ResultRequired =
        new("R70", nameof(ResultRequired), "Ghi kết quả khóa đào tạo (hoàn thành, xếp loại...).");

    public static readonly BrokenRule ResultBeforeEnd =
        new("R70", nameof(ResultBeforeEnd), "Chỉ ghi kết quả khi khóa đào tạo đã kết thúc.");

    public static readonly BrokenRule AwardTitleRequired =
        new("R70", nameof(AwardTitleRequired), "Nhập hình thức khen thưởng (ví dụ: Giấy khen của Giám đốc Trung tâm).");

    public static readonly BrokenRule AwardReferenceRequired =
        new("R70", nameof(AwardReferenceRequired), "Ghi số, ngày văn bản (tờ trình đề xuất hoặc quyết định khen thưởng).");

    public static readonly BrokenRule NotProposedAward =
        new("R70", nameof(NotProposedAward), "Chỉ khen thưởng đang được Trung tâm đề xuất mới ghi nhận quyết định.");
}

/// <summary>Who keeps an officer's records: the Center's director, staff and administrator, for officers at their own Center, while serving.</summary>
internal static class RecordGuard
{
    public static BrokenRule? Center(string action, Actor by, string centerId)
    {
        if (by.Role is not (Role.CenterDirector or Role.CenterStaff or Role.Admin))
            return RecordsRules.RoleNotAllowed(action, by.Role);
        return by.UnitId == centerId ? null : RecordsRules.NotYourUnit(action);
    }

    /// <summary>A new record is about an officer the Center approved and who has not left.</summary>
    public static BrokenRule? Serving(string action, Actor by, Secondment officer) =>
        Center(action, by, officer.CenterId) ?? (officer.State == SecondmentState.Approved ? null : RecordsRules.NotServing(action));
}
