using System.Net;

namespace MotCua.Tests;

public static partial class HttpForms
{
    /// <summary>As <see cref="PostFormAsync(HttpClient, string, Dictionary{string, string}, string?)"/>, with a field given several values (ticked boxes).</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string formPage)
    {
        var html = await (await client.GetAsync(formPage)).Content.ReadAsStringAsync();
        var token = AntiForgeryToken().Match(html);
        Assert.True(token.Success, $"no anti-forgery token on {formPage}");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)))));
    }
}
