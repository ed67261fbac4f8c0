namespace MotCua.Features.Notifications;

/// <summary>The <c>Notifications</c> section of the configuration (see the README).</summary>
public sealed class NotificationOptions
{
    /// <summary>The public portal's address, put in every message's lookup link.</summary>
    public string PortalUrl { get; set; } = "http://localhost:5080";
    public SmtpOptions Smtp { get; set; } = new();
    public SmsOptions Sms { get; set; } = new();
    /// <summary>After this many failed attempts a message becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>The first retry's delay; each next one doubles it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How long a claimed message is reserved for its sender before another may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    public bool SenderEnabled { get; set; } = true;
}

public sealed class SmtpOptions
{
    /// <summary>No host: e-mail is not sent, messages wait (and eventually become dead letters).</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "Trung tâm Phục vụ hành chính công <motcua@localhost>";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>STARTTLS when the server offers it; false for a local relay without TLS.</summary>
    public bool UseTls { get; set; }
}

/// <summary>An HTTP SMS gateway taking <c>{"to", "message", "reference"}</c> as JSON with a bearer token.</summary>
public sealed class SmsOptions
{
    public string? Url { get; set; }
    public string? Token { get; set; }
}
