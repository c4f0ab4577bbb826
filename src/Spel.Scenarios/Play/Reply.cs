namespace Spel.Scenarios.Play;

/// <summary>The outcome of a request that returns nothing but success or a refusal.</summary>
public sealed record Reply(ErrorCode? Error)
{
    public static Reply Ok { get; } = new((ErrorCode?)null);

    public bool IsOk => Error is null;

    public static Reply Refused(ErrorCode error) => new(error);
}

/// <summary>The outcome of a request: a value, or the reason it was refused.</summary>
public sealed record Reply<T>(T? Value, ErrorCode? Error)
{
    public bool IsOk => Error is null;

    public static Reply<T> Ok(T value) => new(value, null);

    public static Reply<T> Refused(ErrorCode error) => new(default, error);
}
