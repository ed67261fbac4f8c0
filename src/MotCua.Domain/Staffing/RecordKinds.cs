using MotCua.Domain.Profiles;

namespace MotCua.Domain.Staffing;

/// <summary>What kind of equipment the Center hands an officer at a counter (R69).</summary>
public enum AssetKind
{
    Computer,
    Scanner,
    Printer,
    Phone,
    Other,
}

/// <summary>Where an asset handed to an officer stands (R69).</summary>
public enum AssetHandoverState
{
    /// <summary>Handed by the Center, waiting for the officer to confirm taking it over.</summary>
    Handed,
    /// <summary>The officer confirmed taking it over (nhận bàn giao) and answers for it.</summary>
    TakenOver,
    /// <summary>Handed back to the Center.</summary>
    Returned,
}

/// <summary>What the Center records about an officer's uniform (R69), as the profile has it supply them.</summary>
public enum UniformAction
{
    /// <summary>Cấp phát đồng phục: the Center issues uniforms (yearly in Cẩm Phả).</summary>
    Issue,
    /// <summary>Đề xuất may đồng phục: the Center proposes uniforms be made (Bắc Ninh).</summary>
    Proposal,
}

/// <summary>How a training came about (R70): the Center organised or proposed it, or the agency trained its officer and reported it.</summary>
public enum TrainingArrangement
{
    CenterOrganised,
    CenterProposed,
    AgencyReported,
}

/// <summary>An award in an officer's records (R70): proposed by the Center, then given by the competent body's decision.</summary>
public enum AwardState
{
    Proposed,
    Given,
}

public static class RecordNames
{
    public static string Vietnamese(this AssetKind kind) => kind switch
    {
        AssetKind.Computer => "Máy tính",
        AssetKind.Scanner => "Máy quét",
        AssetKind.Printer => "Máy in",
        AssetKind.Phone => "Điện thoại",
        AssetKind.Other => "Thiết bị khác",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Vietnamese(this AssetHandoverState state) => state switch
    {
        AssetHandoverState.Handed => "Chờ cán bộ nhận bàn giao",
        AssetHandoverState.TakenOver => "Cán bộ đã nhận bàn giao",
        AssetHandoverState.Returned => "Đã bàn giao lại Trung tâm",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string Vietnamese(this UniformAction action) => action switch
    {
        UniformAction.Issue => "Cấp phát đồng phục",
        UniformAction.Proposal => "Đề xuất may đồng phục",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static string Vietnamese(this TrainingArrangement arrangement) => arrangement switch
    {
        TrainingArrangement.CenterOrganised => "Trung tâm tổ chức",
        TrainingArrangement.CenterProposed => "Trung tâm đề xuất cử đi",
        TrainingArrangement.AgencyReported => "Cơ quan cử đi, báo Trung tâm",
        _ => throw new ArgumentOutOfRangeException(nameof(arrangement)),
    };

    public static string Vietnamese(this AwardState state) => state switch
    {
        AwardState.Proposed => "Trung tâm đề xuất",
        AwardState.Given => "Đã khen thưởng",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>Who supplies stationery, as the officer's records page says it.</summary>
    public static string Vietnamese(this StationerySupplier supplier) => supplier switch
    {
        StationerySupplier.Agency => "Văn phòng phẩm do cơ quan cử cán bộ bảo đảm.",
        StationerySupplier.Center => "Văn phòng phẩm do Trung tâm bảo đảm.",
        StationerySupplier.NotSet => "Quy chế không quy định nơi bảo đảm văn phòng phẩm.",
        _ => throw new ArgumentOutOfRangeException(nameof(supplier)),
    };

    public static string Vietnamese(this UniformSupply supply) => supply switch
    {
        UniformSupply.CenterYearly => "Trung tâm cấp phát đồng phục cho cán bộ hằng năm.",
        UniformSupply.CenterProposes => "Trung tâm đề xuất may đồng phục cho cán bộ.",
        UniformSupply.NotSet => "Quy chế không quy định Trung tâm cấp phát hay đề xuất may đồng phục.",
        _ => throw new ArgumentOutOfRangeException(nameof(supply)),
    };

    public static string Vietnamese(this TrainingOrganiser organiser) => organiser switch
    {
        TrainingOrganiser.Center => "Trung tâm tổ chức hoặc đề xuất đào tạo, bồi dưỡng cán bộ.",
        TrainingOrganiser.Agency => "Cơ quan tự đào tạo, bồi dưỡng cán bộ của mình; Trung tâm ghi nhận khóa đào tạo do cơ quan báo.",
        _ => throw new ArgumentOutOfRangeException(nameof(organiser)),
    };
}
