using Spel.Client.Realtime;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Support;

/// <summary>A hub without a network: tests set the replies, push views and drop the line by hand.</summary>
internal sealed class FakeGameConnection : IGameConnection
{
    public ConnectionState State { get; set; } = ConnectionState.Connected;

    public List<string> Calls { get; } = [];

    public List<Answer> SubmittedAnswers { get; } = [];

    public Func<Reply<ParticipantView>> ResumeReply { get; set; } = () => Reply<ParticipantView>.Refused(ErrorCode.UnknownSeat);

    public Func<Answer, Reply<ParticipantView>> SubmitReply { get; set; } = _ => Reply<ParticipantView>.Refused(ErrorCode.WrongPhase);

    public Func<Reply<ProjectorView>> ProjectorReply { get; set; } = () => Reply<ProjectorView>.Refused(ErrorCode.SessionNotFound);

    public Func<Reply<FacilitatorView>> HostReply { get; set; } = () => Reply<FacilitatorView>.Refused(ErrorCode.WrongPhase);

    public List<HostCommand> Commands { get; } = [];

    public Func<HostCommand, Reply<FacilitatorView>> CommandReply { get; set; } = _ => Reply<FacilitatorView>.Refused(ErrorCode.WrongPhase);

    public List<Agreement> RecordedAgreements { get; } = [];

    public Func<Agreement, Reply<FacilitatorView>> RecordReply { get; set; } = _ => Reply<FacilitatorView>.Refused(ErrorCode.WrongPhase);

    public event Action? StateChanged;

    public event Func<Task>? Reconnected;

    public event Action<ProjectorPush>? ProjectorUpdated;

    public event Action<FacilitatorPush>? FacilitatorUpdated;

    public event Action<SeatsPush>? SeatsUpdated;

    public event Action<ProgressPush>? ProjectorProgress;

    public event Action<ProgressPush>? FacilitatorProgress;

    public event Action<string>? ConsoleRevoked;

    /// <summary>The server took this console off the session's pushes: its secret was revoked.</summary>
    public void Revoke(string code) => ConsoleRevoked?.Invoke(code);

    /// <summary>Pushes the projector's whole view, its card's text with it.</summary>
    public void Push(ProjectorView view) => Push(new ProjectorPush(view, view.Round.Card?.Id));

    /// <summary>Pushes what every tablet shares of <paramref name="view"/>, as the server does after a step; not the seat's own input.</summary>
    public void Push(ParticipantView view) => Push(new SeatsPush(view.Version, view.Round, view.Round.Card?.Id, view.Summary));

    /// <summary>Pushes the console's whole view, its card's text with it.</summary>
    public void Push(FacilitatorView view) => Push(new FacilitatorPush(view, view.Round.Card?.Id));

    public void Push(ProjectorPush push) => ProjectorUpdated?.Invoke(push);

    public void Push(FacilitatorPush push) => FacilitatorUpdated?.Invoke(push);

    public void Push(SeatsPush push) => SeatsUpdated?.Invoke(push);

    /// <summary>Pushes progress as the server does: the count to the projector, who and the next step to the console as well.</summary>
    public void Push(ProgressPush push)
    {
        ProjectorProgress?.Invoke(push with { Answered = null, NextCommand = null });
        FacilitatorProgress?.Invoke(push);
    }

    /// <summary>The line drops: the screens show it, and the connection will say <see cref="Reconnected"/> when it is back.</summary>
    public void DropLine()
    {
        State = ConnectionState.Reconnecting;
        StateChanged?.Invoke();
    }

    public async Task ReconnectAsync()
    {
        State = ConnectionState.Connected;
        StateChanged?.Invoke();
        foreach (var handler in Reconnected?.GetInvocationList().Cast<Func<Task>>() ?? [])
        {
            await handler();
        }
    }

    public Func<Reply<JoinInfo>> JoinInfoReply { get; set; } = () => Reply<JoinInfo>.Refused(ErrorCode.WrongPhase);

    public List<JoinRequest> JoinRequests { get; } = [];

    public Func<JoinRequest, Reply<SeatTicket>> JoinReply { get; set; } = _ => Reply<SeatTicket>.Refused(ErrorCode.WrongPhase);

    /// <summary>A join-info answer per code, for pages that look up several sessions; null falls back to <see cref="JoinInfoReply"/>.</summary>
    public Func<string, Reply<JoinInfo>?> JoinInfoFor { get; set; } = _ => null;

    public Task<Reply<JoinInfo>> GetJoinInfoAsync(string code)
    {
        Calls.Add(nameof(GetJoinInfoAsync));
        return Task.FromResult(JoinInfoFor(code) ?? JoinInfoReply());
    }

    public Task<Reply<SeatTicket>> JoinAsync(string code, JoinRequest request)
    {
        Calls.Add(nameof(JoinAsync));
        JoinRequests.Add(request);
        return Task.FromResult(JoinReply(request));
    }

    public Task<Reply<ParticipantView>> ResumeAsync(string code, string seatToken)
    {
        Calls.Add($"{nameof(ResumeAsync)}({code}, {seatToken})");
        return Task.FromResult(ResumeReply());
    }

    /// <summary>Set to hold the answers' replies back until it completes, as a line that died without a word does.</summary>
    public TaskCompletionSource? HoldAnswers { get; set; }

    public async Task<Reply<ParticipantView>> SubmitAnswerAsync(string code, string seatToken, Answer answer)
    {
        Calls.Add($"{nameof(SubmitAnswerAsync)}({code}, {seatToken})");
        SubmittedAnswers.Add(answer);
        if (HoldAnswers is { } hold)
        {
            await hold.Task;
        }

        return SubmitReply(answer);
    }

    public List<Position> SubmittedRevotes { get; } = [];

    public Func<Position, Reply<ParticipantView>> RevoteReply { get; set; } = _ => Reply<ParticipantView>.Refused(ErrorCode.WrongPhase);

    public List<FunctionPoints> SubmittedPoints { get; } = [];

    public Func<FunctionPoints, Reply<ParticipantView>> PointsReply { get; set; } = _ => Reply<ParticipantView>.Refused(ErrorCode.WrongPhase);

    /// <summary>The course of action of each second vote, in the order of <see cref="SubmittedRevotes"/>.</summary>
    public List<string?> SubmittedRevoteOptions { get; } = [];

    public Task<Reply<ParticipantView>> SubmitRevoteAsync(string code, string seatToken, Position revote, string? optionId)
    {
        Calls.Add($"{nameof(SubmitRevoteAsync)}({code}, {seatToken})");
        SubmittedRevotes.Add(revote);
        SubmittedRevoteOptions.Add(optionId);
        return Task.FromResult(RevoteReply(revote));
    }

    public Task<Reply<ParticipantView>> SubmitPointsAsync(string code, string seatToken, FunctionPoints points)
    {
        Calls.Add($"{nameof(SubmitPointsAsync)}({code}, {seatToken})");
        SubmittedPoints.Add(points);
        return Task.FromResult(PointsReply(points));
    }

    public Task<Reply<ProjectorView>> WatchProjectorAsync(string code)
    {
        Calls.Add($"{nameof(WatchProjectorAsync)}({code})");
        return Task.FromResult(ProjectorReply());
    }

    public Task<Reply<FacilitatorView>> WatchAsHostAsync(string code, string hostKey)
    {
        Calls.Add($"{nameof(WatchAsHostAsync)}({code}, {hostKey})");
        return Task.FromResult(HostReply());
    }

    public Task<Reply<FacilitatorView>> CommandAsync(string code, string hostKey, HostCommand command)
    {
        Calls.Add($"{nameof(CommandAsync)}({code}, {hostKey})");
        Commands.Add(command);
        return Task.FromResult(CommandReply(command));
    }

    public Task<Reply<FacilitatorView>> RecordAgreementAsync(string code, string hostKey, Agreement agreement)
    {
        Calls.Add($"{nameof(RecordAgreementAsync)}({code}, {hostKey})");
        RecordedAgreements.Add(agreement);
        return Task.FromResult(RecordReply(agreement));
    }

    /// <summary>The answer to a seat correction (remove, move, merge); the call itself is in <see cref="Calls"/>.</summary>
    public Func<Reply<FacilitatorView>> SeatReply { get; set; } = () => Reply<FacilitatorView>.Refused(ErrorCode.WrongPhase);

    public Task<Reply<FacilitatorView>> RemoveSeatAsync(string code, string hostKey, string seatId)
    {
        Calls.Add($"{nameof(RemoveSeatAsync)}({code}, {hostKey}, {seatId})");
        return Task.FromResult(SeatReply());
    }

    public Task<Reply<FacilitatorView>> MoveSeatAsync(string code, string hostKey, string seatId, Side side, string? roleId)
    {
        Calls.Add($"{nameof(MoveSeatAsync)}({code}, {hostKey}, {seatId}, {side}, {roleId})");
        return Task.FromResult(SeatReply());
    }

    public Task<Reply<FacilitatorView>> MergeSeatsAsync(string code, string hostKey, string seatId, string intoSeatId)
    {
        Calls.Add($"{nameof(MergeSeatsAsync)}({code}, {hostKey}, {seatId}, {intoSeatId})");
        return Task.FromResult(SeatReply());
    }

    public Func<Reply<ConsoleAccess>> AccessReply { get; set; } = () => Reply<ConsoleAccess>.Ok(new ConsoleAccess(ConsoleRole.Main, []));

    public Func<ConsoleRole, Reply<ConsoleLinkCreated>> GrantReply { get; set; } = _ => Reply<ConsoleLinkCreated>.Refused(ErrorCode.WrongPhase);

    public List<string> Revoked { get; } = [];

    public Func<string, Reply<ConsoleAccess>> RevokeReply { get; set; } = _ => Reply<ConsoleAccess>.Refused(ErrorCode.WrongPhase);

    public Func<string, string, Reply<ConsoleRecovered>> RecoverReply { get; set; } = (_, _) => Reply<ConsoleRecovered>.Refused(ErrorCode.WrongRecoveryCode);

    public List<Agreement> Drafts { get; } = [];

    public Func<Agreement, Reply<FacilitatorView>> DraftReply { get; set; } = _ => Reply<FacilitatorView>.Refused(ErrorCode.WrongPhase);

    public Task<Reply<ConsoleAccess>> GetConsoleAccessAsync(string code, string consoleKey)
    {
        Calls.Add($"{nameof(GetConsoleAccessAsync)}({code}, {consoleKey})");
        return Task.FromResult(AccessReply());
    }

    public Task<Reply<ConsoleLinkCreated>> GrantConsoleAsync(string code, string consoleKey, ConsoleRole role)
    {
        Calls.Add($"{nameof(GrantConsoleAsync)}({code}, {consoleKey}, {role})");
        return Task.FromResult(GrantReply(role));
    }

    public Task<Reply<ConsoleAccess>> RevokeConsoleAsync(string code, string consoleKey, string consoleId)
    {
        Calls.Add($"{nameof(RevokeConsoleAsync)}({code}, {consoleKey})");
        Revoked.Add(consoleId);
        return Task.FromResult(RevokeReply(consoleId));
    }

    public Task<Reply<ConsoleRecovered>> RecoverAsync(string code, string recoveryCode)
    {
        Calls.Add($"{nameof(RecoverAsync)}({code}, {recoveryCode})");
        return Task.FromResult(RecoverReply(code, recoveryCode));
    }

    public Task<Reply<FacilitatorView>> SaveDraftAsync(string code, string consoleKey, Agreement draft)
    {
        Calls.Add($"{nameof(SaveDraftAsync)}({code}, {consoleKey})");
        Drafts.Add(draft);
        return Task.FromResult(DraftReply(draft));
    }

    private Task<Reply<T>> Refused<T>(string call)
    {
        Calls.Add(call);
        return Task.FromResult(Reply<T>.Refused(ErrorCode.WrongPhase));
    }
}
