using MotCua.Data;
using MotCua.Features.Forms;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02, R7): each missing item, the reason, whom to call.</summary>
public sealed class CompletionSlipModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, IssuedForms issuedForms)
    : IssuedFormModel(db, officer, localities, issuedForms, "mau-02");
