using MotCua.Domain;
using MotCua.Domain.Dossiers;

namespace MotCua.Data.Notifications;

/// <summary>
/// Notifications are derived from the control slip: whatever desk, API call or job appends a history
/// row, the same save adds the applicant's messages and the officers' notices (ADR 0008). Keys are
/// the history row's, so the rows cannot be added twice.
/// </summary>
public static class HistoryNotifications
{
    public static void Add(MotCuaDbContext db, Dossier dossier, HistoryEntry entry)
    {
        // A save retried on the same context must not add them again.
        if (db.OfficerNotifications.Local.Any(n => n.Key == $"{dossier.Code}/{entry.Sequence}")
            || db.Outbox.Local.Any(m => m.Key.StartsWith($"{dossier.Code}/{entry.Sequence}/", StringComparison.Ordinal)))
            return;
        if (ApplicantEvents.For(entry, dossier) is { } e)
        {
            var applicant = dossier.Applicant;
            if (applicant.NotifyBy.HasFlag(NotifyBy.Email) && !string.IsNullOrWhiteSpace(applicant.Email))
                db.Outbox.Add(Message(dossier, entry, e, MessageChannel.Email, applicant.Email));
            if (applicant.NotifyBy.HasFlag(NotifyBy.Sms) && !string.IsNullOrWhiteSpace(applicant.Phone))
                db.Outbox.Add(Message(dossier, entry, e, MessageChannel.Sms, applicant.Phone));
        }
        if (ForOfficers(dossier, entry) is var (unitId, role, text))
            db.OfficerNotifications.Add(new OfficerNotification
            {
                Key = $"{dossier.Code}/{entry.Sequence}",
                UnitId = unitId,
                Role = role?.ToString(),
                DossierCode = dossier.Code,
                Text = text,
                CreatedAt = entry.At.ToUniversalTime(),
            });
    }

    static OutboxMessage Message(Dossier dossier, HistoryEntry entry, ApplicantEvent e, MessageChannel channel, string to)
    {
        var text = Templates.For(e, channel, dossier, entry);
        return new OutboxMessage
        {
            Key = $"{dossier.Code}/{entry.Sequence}/{channel}",
            Channel = channel,
            To = to,
            Subject = text.Subject,
            Body = text.Body,
            DossierCode = dossier.Code,
            CreatedAt = entry.At.ToUniversalTime(),
            // The sender holds it further until working hours when it is not yet then.
            NotBefore = entry.At.ToUniversalTime(),
        };
    }

    /// <summary>Who must act next learns of it in the app: the unit that now holds the dossier.</summary>
    static (string UnitId, Role? Role, string Text)? ForOfficers(Dossier d, HistoryEntry entry) => entry.Action switch
    {
        DossierAction.SubmitOnline => (d.CenterId, Role.Reception, $"Hồ sơ trực tuyến mới {d.Code} chờ tiếp nhận."),
        DossierAction.Transfer or DossierAction.Forward => (d.AgencyId, null, $"Hồ sơ {d.Code} được chuyển đến để giải quyết."),
        DossierAction.SendBack => (d.AgencyId, null, $"Hồ sơ {d.Code} bị trả lại bước trước: {entry.Reason}"),
        DossierAction.Recall => (d.AgencyId, null, $"Hồ sơ {d.Code} đã được thu hồi về bước trước."),
        DossierAction.RequestSupplement => (d.CenterId, Role.Reception, $"Hồ sơ {d.Code} cần thông báo bổ sung cho người nộp."),
        DossierAction.Resubmit => (d.AgencyId, null, $"Hồ sơ {d.Code} đã được bổ sung, tiếp tục giải quyết."),
        DossierAction.ProposeApology => (d.AgencyId, Role.AgencyLeader, $"Hồ sơ {d.Code}: đề xuất thư xin lỗi chờ lãnh đạo duyệt."),
        DossierAction.HandToReturnDesk => (d.CenterId, Role.Reception, $"Kết quả hồ sơ {d.Code} đã chuyển đến bộ phận trả kết quả."),
        DossierAction.Urge => (d.AgencyId, null,
            $"Trung tâm đôn đốc giải quyết hồ sơ {d.Code}: gửi văn bản giải trình lý do chậm trước hết ngày {VietnameseFormat.Date(entry.ReplyBy!.Value)}."),
        // The Center's supervisors read the agency's written reasons (R35).
        DossierAction.AnswerUrge => (d.CenterId, Role.CenterStaff, $"Hồ sơ {d.Code}: cơ quan giải quyết đã giải trình lý do chậm."),
        DossierAction.ExplainOverdue => (d.CenterId, Role.CenterStaff, $"Hồ sơ {d.Code}: cơ quan giải quyết đã giải trình hồ sơ quá hạn."),
        _ => null,
    };
}
