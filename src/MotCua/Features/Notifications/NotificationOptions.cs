using System.ComponentModel.DataAnnotations;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

/// <summary>The <c>Notifications</c> section of the configuration (see the README); the lookup link's address is <see cref="AppOptions.PublicBaseUrl"/>.</summary>
public sealed class NotificationOptions : IValidatableObject
{
    public SmtpOptions Smtp { get; set; } = new();
    public SmsOptions Sms { get; set; } = new();
    /// <summary>After this many failed attempts a message becomes a dead letter.</summary>
    [Range(1, 100, ErrorMessage = "Notifications:MaxAttempts phải từ 1 đến 100.")]
    public int MaxAttempts { get; set; } = 6;
    /// <summary>The first retry's delay; each next one doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Notifications:RetryDelay phải từ 00:00:01 đến 1.00:00:00 (một ngày).")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Notifications:PollInterval phải lớn hơn 0 và không quá một ngày.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long a claimed message is reserved for its sender before another may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Notifications:Lease phải từ 00:00:01 đến 1.00:00:00.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    public bool SenderEnabled { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        OptionsSetup.Nested(Smtp).Concat(OptionsSetup.Nested(Sms));
}

public sealed class SmtpOptions
{
    /// <summary>No host: e-mail is not sent, messages wait (and eventually become dead letters).</summary>
    public string? Host { get; set; }
    [Range(1, 65535, ErrorMessage = "Notifications:Smtp:Port phải từ 1 đến 65535.")]
    public int Port { get; set; } = 25;
    [Required(ErrorMessage = "Notifications:Smtp:From không được để trống.")]
    public string From { get; set; } = "Trung tâm Phục vụ hành chính công <motcua@localhost>";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>STARTTLS when the server offers it; false for a local relay without TLS.</summary>
    public bool UseTls { get; set; }
}

/// <summary>An HTTP SMS gateway taking <c>{"to", "message", "reference"}</c> as JSON with a bearer token.</summary>
public sealed class SmsOptions
{
    [AbsoluteHttpUrl(ErrorMessage = "Notifications:Sms:Url phải là một địa chỉ tuyệt đối http:// hoặc https://.")]
    public string? Url { get; set; }
    public string? Token { get; set; }
}
