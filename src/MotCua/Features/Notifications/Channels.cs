using System.Net.Http.Headers;
using System.Net.Http.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MotCua.Data.Notifications;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

/// <summary>Hands one message to its channel: SMTP (MailKit) for e-mail, the HTTP gateway for SMS.</summary>
public sealed class Channels(IOptions<NotificationOptions> options, IOptions<AppOptions> app, IHttpClientFactory http)
{
    readonly NotificationOptions _options = options.Value;

    /// <summary>The channels with a server configured; messages of the others wait in the outbox, untried.</summary>
    public IReadOnlyList<MessageChannel> Configured { get; } =
    [
        .. string.IsNullOrWhiteSpace(options.Value.Smtp.Host) ? [] : new[] { MessageChannel.Email },
        .. string.IsNullOrWhiteSpace(options.Value.Sms.Url) ? [] : new[] { MessageChannel.Sms },
    ];

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) => message.Channel switch
    {
        MessageChannel.Email => SendEmailAsync(message, cancellationToken),
        _ => SendSmsAsync(message, cancellationToken),
    };

    string Fill(string text) => text.Replace(Templates.PortalToken, app.Value.PublicBaseUrl.TrimEnd('/'), StringComparison.Ordinal);

    async Task SendEmailAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var smtp = _options.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
            throw new InvalidOperationException("Chưa cấu hình máy chủ thư (Notifications:Smtp:Host).");
        var mime = new MimeMessage
        {
            // A stable Message-ID: a receiver that keeps them can drop a copy sent again after a crash (ADR 0008).
            MessageId = $"{message.Id}.{message.Key.Replace('/', '.')}@motcua",
            Subject = message.Subject ?? "",
            Body = new TextPart("plain") { Text = Fill(message.Body) },
        };
        mime.From.Add(MailboxAddress.Parse(smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        // Bounded well inside the claim's lease, so a hung server cannot outlive it.
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    async Task SendSmsAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var sms = _options.Sms;
        if (string.IsNullOrWhiteSpace(sms.Url))
            throw new InvalidOperationException("Chưa cấu hình cổng tin nhắn (Notifications:Sms:Url).");
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.Url)
        {
            Content = JsonContent.Create(new { to = message.To, message = Fill(message.Body), reference = message.Key }),
        };
        if (!string.IsNullOrEmpty(sms.Token))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sms.Token);
        using var response = await http.CreateClient(nameof(Channels)).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Cổng tin nhắn trả lời {(int)response.StatusCode}.");
    }
}
