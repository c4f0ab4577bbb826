using Microsoft.AspNetCore.Http.HttpResults;
using Spel.Scenarios.Play;

namespace Spel.Server.Hosting;

/// <summary>A refusal as RFC 7807 problem details: the English text for logs and tools, the code for screens.</summary>
public static class ErrorProblems
{
    public static ProblemHttpResult For(ErrorCode error, int? status = null) =>
        TypedResults.Problem(
            detail: error.Describe(),
            statusCode: status ?? error switch
            {
                ErrorCode.DeckNotFound or ErrorCode.SessionNotFound => StatusCodes.Status404NotFound,
                ErrorCode.WrongHostKey or ErrorCode.CreationNotAllowed or ErrorCode.WrongFacilitatorCode => StatusCodes.Status403Forbidden,
                ErrorCode.LinkRevoked or ErrorCode.MainConsoleOnly or ErrorCode.NotulistCannotSteer => StatusCodes.Status403Forbidden,
                ErrorCode.TooManyAttempts or ErrorCode.TooManySessions or ErrorCode.SlowDown => StatusCodes.Status429TooManyRequests,
                ErrorCode.ServerError => StatusCodes.Status500InternalServerError,
                ErrorCode.WrongPhase => StatusCodes.Status409Conflict,
                ErrorCode.WrongTrainerKey => StatusCodes.Status401Unauthorized,
                ErrorCode.StudioOff => StatusCodes.Status404NotFound,
                ErrorCode.DeckReadOnly => StatusCodes.Status403Forbidden,
                ErrorCode.DeckChanged or ErrorCode.DeckIdTaken => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            },
            extensions: new Dictionary<string, object?> { ["code"] = error.ToString() });
}
