using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Http;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Security;
using HomeRental.Api.Infrastructure.Validation;
using HomeRental.Api.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Sessions;

public static class SessionEndpoints
{
    [ProblemCode(StatusCodes.Status401Unauthorized, "unknown phone or wrong password (the same answer, in the same time)")]
    public const string InvalidCredentials = "invalid_credentials";
    [ProblemCode(StatusCodes.Status429TooManyRequests, "5 sign-in attempts for this phone and address within 10 minutes; `Retry-After` gives the seconds left")]
    public const string TooManyLoginAttempts = "too_many_login_attempts";

    public static RouteGroupBuilder MapSessions(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/sessions").WithTags("Sessions");
        sessions.MapPost("/", SignIn)
            .RequireRateLimiting(RateLimiting.SignInPolicy)
            .WithValidation<SignInRequest>()
            .WithName("SignIn")
            .WithSummary("Signs in with phone and password; sets the session cookie and a fresh csrf_token cookie.")
            .ProducesProblems(InvalidCredentials, TooManyLoginAttempts);
        sessions.MapGet("/current", GetCurrent)
            .RequireSignedInUser()
            .WithName("GetCurrentSession")
            .WithSummary("Who is signed in.");
        // Cast: a handler taking only HttpContext would otherwise bind as a RequestDelegate and drop its result.
        sessions.MapDelete("/current", (Delegate)SignOut)
            .WithName("SignOut")
            .WithSummary("Signs out: the session is revoked on every server at once.");
        return api;
    }

    private static async Task<Results<Ok<UserProfile>, ProblemHttpResult>> SignIn(
        SignInRequest request, HomeRentalDbContext db, LoginThrottle throttle, PasswordHashing hashing, TimeProvider timeProvider,
        HttpContext context)
    {
        var clientAddress = context.ClientAddress();
        if (await throttle.CountAttemptAsync(request.Phone, clientAddress) is { } wait)
        {
            var seconds = context.Response.SetRetryAfter(wait);
            return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, TooManyLoginAttempts,
                $"Too many failed sign-ins. Try again in {(seconds + 59) / 60} min.");
        }

        var user = await db.Users.SingleOrDefaultAsync(user => user.Phone == request.Phone);
        var passwordMatches = await hashing.RunAsync(() =>
            user is null ? VerifyAgainstDummy(request.Password) : user.VerifyPassword(request.Password));
        if (user is null || !passwordMatches)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, InvalidCredentials, "The phone number or the password is wrong.");
        }

        await throttle.ResetAsync(request.Phone, clientAddress);
        await SessionSignIn.SignInAsync(context, user, timeProvider);
        await db.SaveChangesAsync();
        return TypedResults.Ok(UserProfile.From(user));
    }

    private static bool VerifyAgainstDummy(string password)
    {
        User.VerifyAgainstDummy(password);
        return false;
    }

    private static Ok<CurrentSession> GetCurrent(CurrentUser me) =>
        TypedResults.Ok(new CurrentSession(me.User.Id, me.User.Username, me.User.Phone));

    private static async Task<NoContent> SignOut(HttpContext context)
    {
        await SessionSignIn.SignOutAsync(context);
        return TypedResults.NoContent();
    }
}

public sealed record CurrentSession(int UserId, string Username, string Phone);
