using System.Collections.Concurrent;

namespace Spel.Server.Tests.Support;

/// <summary>
/// Watches the grain calls of the test cluster: a test can hold the calls to some grains (a slow tally) and wait for
/// a call to have finished (a sentinel for work the session does off its turn).
/// </summary>
public sealed class GrainCalls : IIncomingGrainCallFilter
{
    public static readonly GrainCalls Instance = new();

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new();
    private readonly ConcurrentDictionary<(string Method, string Key, string? Argument), TaskCompletionSource> _finished = new();

    /// <summary>Holds every call to a grain whose key starts with <paramref name="keyPrefix"/> until the result is disposed.</summary>
    public IDisposable Hold(string keyPrefix)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held[keyPrefix] = gate;
        return new Release(() =>
        {
            _held.TryRemove(keyPrefix, out _);
            gate.TrySetResult();
        });
    }

    /// <summary>
    /// Completes once a call of <paramref name="method"/> on the grain keyed <paramref name="key"/> has finished
    /// (with <paramref name="firstArgument"/> as its first argument, when given).
    /// </summary>
    public Task FinishedAsync(string method, string key, string? firstArgument = null) =>
        Finished(method, key, firstArgument).Task.WaitAsync(TimeSpan.FromSeconds(20));

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var key = context.TargetId.Key.ToString()!;
        foreach (var (prefix, gate) in _held)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                await gate.Task;
            }
        }

        try
        {
            await context.Invoke();
        }
        finally
        {
            Finished(context.MethodName, key, null).TrySetResult();
            if (context.Request.GetArgumentCount() > 0 && context.Request.GetArgument(0) is string argument)
            {
                Finished(context.MethodName, key, argument).TrySetResult();
            }
        }
    }

    private TaskCompletionSource Finished(string method, string key, string? argument) =>
        _finished.GetOrAdd((method, key, argument), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
