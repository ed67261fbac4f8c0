namespace MotCua.Domain;

/// <summary>
/// A rule that forbids an action: its id in RULES.md (or the legal text), a stable name that tells
/// apart the several checks one rule id covers (R19 alone has five), and the reason in Vietnamese.
/// </summary>
public sealed record BrokenRule(string RuleId, string Name, string Message)
{
    public override string ToString() => $"{Message} ({RuleId})";
}

/// <summary>The outcome of an action on an aggregate: done, or refused by a named rule.</summary>
public readonly record struct Outcome(BrokenRule? Broken)
{
    public static Outcome Ok => default;

    public bool Succeeded => Broken is null;

    public static implicit operator Outcome(BrokenRule broken) => new(broken);

    public override string ToString() => Broken?.ToString() ?? "OK";
}

/// <summary>The outcome of an action that creates something: the value, or the rule that refused it.</summary>
public readonly record struct Outcome<T>(T? Value, BrokenRule? Broken) where T : class
{
    public bool Succeeded => Broken is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(BrokenRule broken) => new(null, broken);

    public override string ToString() => Broken?.ToString() ?? "OK";
}
