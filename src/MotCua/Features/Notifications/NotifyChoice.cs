using MotCua.Domain.Dossiers;

namespace MotCua.Features.Notifications;

/// <summary>The two tick boxes of the forms (and the API's two booleans) as the applicant's channels.</summary>
public static class NotifyChoice
{
    public static NotifyBy From(bool email, bool sms) => (email ? NotifyBy.Email : NotifyBy.None) | (sms ? NotifyBy.Sms : NotifyBy.None);
}
