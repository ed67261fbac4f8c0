namespace MotCua.Domain.Feedback;

/// <summary>
/// The rules of a proposal to change an administrative regulation (R34: the Center aggregates feedback about a regulation,
/// studies it and proposes a change), each with a stable name and the message an officer reads.
/// </summary>
public static class ProposalRules
{
    public static BrokenRule RoleNotAllowed(string action, Role role) =>
        new("R34", nameof(RoleNotAllowed), $"Vai trò {role.Vietnamese()} không được {action}; chỉ cán bộ, lãnh đạo Trung tâm tổng hợp kiến nghị về quy định hành chính.");

    public static BrokenRule NotYourCenter(string action) =>
        new("R34", nameof(NotYourCenter), $"Kiến nghị này không thuộc Trung tâm của cán bộ, nên cán bộ không được {action}.");

    public static BrokenRule AlreadySent(string action) =>
        new("R52", nameof(AlreadySent), $"Kiến nghị đã gửi được lưu nguyên trạng, không được {action}.");

    public static readonly BrokenRule TitleRequired =
        new("R34", nameof(TitleRequired), "Nhập tên quy định hoặc thủ tục hành chính được kiến nghị.");

    public static readonly BrokenRule TextRequired =
        new("R34", nameof(TextRequired), "Nhập nội dung kiến nghị (sửa đổi gì và vì sao) trước khi gửi.");

    public static readonly BrokenRule AddressedToRequired =
        new("R34", nameof(AddressedToRequired), "Nhập cơ quan nhận kiến nghị trước khi gửi.");

    public static readonly BrokenRule ItemsRequired =
        new("R34", nameof(ItemsRequired), "Kiến nghị phải tổng hợp ít nhất một phản ánh, kiến nghị về quy định hành chính.");

    public static BrokenRule OnlyRegulationItems(string item) =>
        new("R34", nameof(OnlyRegulationItems), $"Phản ánh, kiến nghị {item} không phải về quy định hành chính; chỉ phản ánh, kiến nghị về quy định hành chính được tổng hợp vào kiến nghị.");

    public static BrokenRule OtherCenter(string item) =>
        new("R34", nameof(OtherCenter), $"Phản ánh, kiến nghị {item} do Trung tâm khác tiếp nhận.");

    public static BrokenRule UnknownItem(string item) =>
        new("R34", nameof(UnknownItem), $"Không có phản ánh, kiến nghị {item} tại Trung tâm.");

    public static BrokenRule RefusedItem(string item) =>
        new("R34", nameof(RefusedItem), $"Phản ánh, kiến nghị {item} đã bị từ chối tiếp nhận nên không được tổng hợp vào kiến nghị.");

    public static BrokenRule InAnotherProposal(string item, string proposal) =>
        new("R34", nameof(InAnotherProposal), $"Phản ánh, kiến nghị {item} đã được tổng hợp vào kiến nghị {proposal}; mỗi phản ánh chỉ thuộc một kiến nghị.");

    public static BrokenRule NotInProposal(string item) =>
        new("R34", nameof(NotInProposal), $"Phản ánh, kiến nghị {item} không có trong kiến nghị này.");

    /// <summary>An item in a proposal keeps its topic: the proposal counts it as feedback about the regulation.</summary>
    public static BrokenRule InProposal(string proposal) =>
        new("R34", nameof(InProposal), $"Phản ánh, kiến nghị đã được tổng hợp vào kiến nghị {proposal}; bỏ khỏi kiến nghị trước khi phân loại lại.");
}
