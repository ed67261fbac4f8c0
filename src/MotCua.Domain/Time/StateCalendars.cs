namespace MotCua.Domain.Time;

/// <summary>
/// The calendars MotCua ships (data/calendars/), embedded in this assembly so the app and the
/// command line work on a fresh machine with no file beside them.
/// </summary>
public static class StateCalendars
{
    const string VietnamStateBodiesResource = "MotCua.Domain.Time.vn-state-2025-2027.json";

    static readonly Lazy<CalendarDefinition> StateBodiesDefinition = new(() => Load(VietnamStateBodiesResource));
    static readonly Lazy<WorkingCalendar> StateBodiesCalendar = new(() => new WorkingCalendar(StateBodiesDefinition.Value));

    /// <summary>
    /// Viet Nam's state bodies, 2025–2027 (R42): 2025 and 2026 as announced, 2027 by statute and not
    /// yet announced. The default calendar of the app.
    /// </summary>
    public static CalendarDefinition VietnamStateBodies => StateBodiesDefinition.Value;

    /// <summary><see cref="VietnamStateBodies"/>, indexed once per process (the index costs a few milliseconds).</summary>
    public static WorkingCalendar VietnamStateBodiesCalendar => StateBodiesCalendar.Value;

    static CalendarDefinition Load(string resource)
    {
        using var stream = typeof(StateCalendars).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded calendar {resource}.");
        using var reader = new StreamReader(stream);
        return CalendarFile.Parse(reader.ReadToEnd());
    }
}
