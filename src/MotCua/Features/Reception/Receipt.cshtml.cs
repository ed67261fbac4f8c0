using MotCua.Data;
using MotCua.Features.Forms;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, R6) as a print view.</summary>
public sealed class ReceiptModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, IssuedForms issuedForms)
    : IssuedFormModel(db, officer, localities, issuedForms, "mau-01");
