using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03, R8) with the reasons.</summary>
public sealed class RefusalModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities)
    : IssuedFormModel(db, officer, localities, DossierAction.RefuseAtCounter);
