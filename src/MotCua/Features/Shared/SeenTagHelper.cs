using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MotCua.Features.Shared;

/// <summary>
/// Every form posted from a dossier's page carries the row version the page was drawn from, the way
/// the anti-forgery token is added: no form can forget it, so an action is never applied to a dossier
/// another officer changed since (the pipeline answers "changed meanwhile" instead).
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SeenTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.ViewData.Model is not DossierActionPage { Dossier: not null } page
            || !string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
            return;
        output.PostContent.AppendHtml(
            $"<input type=\"hidden\" name=\"{nameof(DossierActionPage.Seen)}\" value=\"{page.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" />");
    }
}
