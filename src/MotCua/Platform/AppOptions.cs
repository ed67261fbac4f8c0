using System.ComponentModel.DataAnnotations;
using MotCua.Domain.Codes;

namespace MotCua.Platform;

/// <summary>The <c>App</c> section: how the installation is reached from outside.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>
    /// The address citizens reach the portal at, e.g. https://dichvucong.vinhan.gov.vn. QR codes and
    /// links in forms and messages use it, never the Host header of the request that printed them:
    /// behind a proxy that header is the node's own name, and anyone can send another.
    /// </summary>
    [Required(ErrorMessage = "Thiếu App:PublicBaseUrl, địa chỉ công khai của cổng dịch vụ (ví dụ https://dichvucong.example.gov.vn).")]
    [AbsoluteHttpUrl(ErrorMessage = "App:PublicBaseUrl phải là một địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https:// (ví dụ https://dichvucong.example.gov.vn).")]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The Center's hotline for feedback, published on every page (R33); empty when it has none.</summary>
    [StringLength(30, ErrorMessage = "App:Hotline không quá 30 ký tự.")]
    public string? Hotline { get; set; }

    /// <summary>The Center's e-mail address for feedback, published on every page (R33); empty when it has none.</summary>
    [EmailAddress(ErrorMessage = "App:FeedbackEmail phải là một địa chỉ thư điện tử.")]
    public string? FeedbackEmail { get; set; }

    /// <summary>The public address of a path of the app (starting with '/').</summary>
    public string Link(string path) => PublicBaseUrl.TrimEnd('/') + path;

    /// <summary>The portal's status lookup for a dossier: the QR code on the receipt and the link in messages.</summary>
    public string LookupUrl(DossierCode code) => Link($"/tra-cuu?ma={code}");
}

/// <summary>An absolute http or https address with a host; empty passes (<see cref="RequiredAttribute"/> says when it must not).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is null || value is string { Length: 0 }
        || value is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}
