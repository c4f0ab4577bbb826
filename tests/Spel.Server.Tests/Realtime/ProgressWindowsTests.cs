using Microsoft.Extensions.Time.Testing;
using Spel.Scenarios.Play;
using Spel.Server.Realtime;

namespace Spel.Server.Tests.Realtime;

/// <summary>At most one count per session per window reaches the screens, the newest, and none is lost.</summary>
public sealed class ProgressWindowsTests
{
    private static readonly TimeSpan Window = GameHubContract.ProgressWindow;

    private readonly FakeTimeProvider _time = new();
    private readonly List<ProgressPush> _sentLate = [];
    private readonly ProgressWindows _windows;

    public ProgressWindowsTests() =>
        _windows = new ProgressWindows(_time, Window, push =>
        {
            _sentLate.Add(push);
            return Task.CompletedTask;
        });

    [Fact]
    public void The_first_count_goes_at_once_and_the_newest_of_the_rest_when_the_window_ends()
    {
        var passed = new[] { Count("ABCDEFG", 10, 1), Count("ABCDEFG", 12, 3), Count("ABCDEFG", 11, 2) }.Select(_windows.Pass).ToList();
        _time.Advance(Window - TimeSpan.FromMilliseconds(1));
        var beforeTheEnd = _sentLate.Count;
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal([true, false, false], passed);
        Assert.Equal(0, beforeTheEnd);
        Assert.Equal(3, Assert.Single(_sentLate).AnsweredCount);
    }

    [Fact]
    public void A_count_in_the_window_after_a_late_one_waits_for_that_window_to_end()
    {
        _windows.Pass(Count("ABCDEFG", 10, 1));
        _windows.Pass(Count("ABCDEFG", 11, 2));
        _time.Advance(Window);

        var passed = _windows.Pass(Count("ABCDEFG", 12, 3));
        _time.Advance(Window);

        Assert.False(passed);
        Assert.Equal([2, 3], _sentLate.Select(p => p.AnsweredCount));
    }

    [Fact]
    public void After_a_quiet_window_the_next_count_goes_at_once()
    {
        _windows.Pass(Count("ABCDEFG", 10, 1));
        _time.Advance(Window);

        var passed = _windows.Pass(Count("ABCDEFG", 11, 2));

        Assert.True(passed);
        Assert.Empty(_sentLate);
    }

    [Fact]
    public void A_whole_view_that_holds_the_kept_count_sends_it_needless()
    {
        _windows.Pass(Count("ABCDEFG", 10, 1));
        _windows.Pass(Count("ABCDEFG", 11, 2));
        _windows.Supersede("ABCDEFG", 12);
        _time.Advance(Window);

        Assert.Empty(_sentLate);
    }

    [Fact]
    public void Each_session_has_a_window_of_its_own()
    {
        var passed = new[] { Count("ABCDEFG", 10, 1), Count("HJKLMNP", 4, 1) }.Select(_windows.Pass).ToList();

        Assert.Equal([true, true], passed);
    }

    private static ProgressPush Count(string code, long version, int answered) => new(code, version, Since: 9, answered);
}
