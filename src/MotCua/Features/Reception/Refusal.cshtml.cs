using MotCua.Data;
using MotCua.Features.Forms;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03, R8) with the reasons.</summary>
public sealed class RefusalModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, IssuedForms issuedForms)
    : IssuedFormModel(db, officer, localities, issuedForms, "mau-03");
