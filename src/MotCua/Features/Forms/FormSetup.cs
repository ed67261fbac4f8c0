namespace MotCua.Features.Forms;

public static class FormSetup
{
    /// <summary>The issued forms, kept in the file store at their first print (ADR 10).</summary>
    public static IServiceCollection AddForms(this IServiceCollection services) => services.AddScoped<IssuedForms>();
}
