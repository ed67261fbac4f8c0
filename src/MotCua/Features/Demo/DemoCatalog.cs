using MotCua.Data;
using MotCua.Domain.Catalog;

namespace MotCua.Features.Demo;

/// <summary>A unit of the demo district with its electronic identifier, the first part of its dossier codes (R50).</summary>
public sealed record DemoUnit(string Id, string Name, UnitKind Kind);

/// <summary>
/// Demo data, not a real locality: the district "huyện Vĩnh An" is invented, and so are the units'
/// electronic identifiers (shaped like QĐ 20/2020/QĐ-TTg codes: level 4.3.2.1, province H22). The
/// procedures are real: national codes, names, components, fees and legal basis from the national
/// procedure database (2026), each decided here by the district agency that would handle it.
/// </summary>
public static class DemoCatalog
{
    const string District = "huyện Vĩnh An";

    /// <summary>Where the demo units date their documents.</summary>
    public const string Place = "Vĩnh An";

    public static DemoUnit Center { get; } = new("000.20.31.H22", $"Trung tâm Phục vụ hành chính công {District}", UnitKind.Center);

    public static DemoUnit Justice { get; } = new("000.01.31.H22", $"Phòng Tư pháp {District}", UnitKind.Agency);
    public static DemoUnit FinanceAndPlanning { get; } = new("000.02.31.H22", $"Phòng Tài chính - Kế hoạch {District}", UnitKind.Agency);
    public static DemoUnit Infrastructure { get; } = new("000.03.31.H22", $"Phòng Kinh tế, Hạ tầng và Đô thị {District}", UnitKind.Agency);
    public static DemoUnit NaturalResources { get; } = new("000.04.31.H22", $"Phòng Tài nguyên và Môi trường {District}", UnitKind.Agency);
    public static DemoUnit CultureAndSociety { get; } = new("000.05.31.H22", $"Phòng Văn hóa - Xã hội {District}", UnitKind.Agency);

    // Vertical agencies sit in the district but belong elsewhere: the land registration branch to the
    // province's office (under the department, hence 031.12.15), the tax office to the Ministry of Finance (a G code).
    public static DemoUnit LandRegistration { get; } = new("031.12.15.H22", $"Chi nhánh Văn phòng đăng ký đất đai {District}", UnitKind.Agency);
    public static DemoUnit Tax { get; } = new("000.31.22.G12", "Chi cục Thuế khu vực Vĩnh An", UnitKind.Agency);

    public static IReadOnlyList<DemoUnit> Agencies { get; } =
        [Justice, FinanceAndPlanning, Infrastructure, NaturalResources, CultureAndSociety, LandRegistration, Tax];

    /// <summary>
    /// The demo procedures, each with one version in force from <paramref name="effectiveFrom"/>.
    /// New objects on every call: a procedure takes further versions (R2).
    /// </summary>
    public static IReadOnlyList<Procedure> Procedures(DateOnly effectiveFrom) =>
        [.. DemoProcedures.Justice(effectiveFrom), .. DemoProcedures.Others(effectiveFrom)];
}
