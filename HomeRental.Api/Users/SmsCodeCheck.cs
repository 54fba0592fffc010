using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.SmsCodes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HomeRental.Api.Users;

/// <summary>
/// Checks an SMS code. Each guess is counted, atomically, before it is compared: however many arrive at once, a code
/// answers at most 5 guesses, and the fifth wrong one deletes it. The right one is used up by <see cref="ConsumeAsync"/>.
/// </summary>
public static class SmsCodeCheck
{
    [ProblemCode(StatusCodes.Status400BadRequest, "no SMS code for this phone: never sent, older than 300 s, used, or deleted by wrong guesses")]
    public const string SmsCodeExpired = "sms_code_expired";
    [ProblemCode(StatusCodes.Status400BadRequest, "the SMS code is wrong (the fifth time, it is also deleted)")]
    public const string SmsCodeInvalid = "sms_code_invalid";

    /// <summary>Null when <paramref name="guess"/> is the phone's code, else the problem to answer.</summary>
    public static async Task<ProblemHttpResult?> VerifyAsync(IKeyValueStore store, string phone, string guess)
    {
        var code = await store.GetAsync(SmsCodeKeys.Code(phone));
        if (code is null)
        {
            return Expired();
        }
        var guesses = await store.IncrementAsync(SmsCodeKeys.Guesses(phone, code), SmsCodeKeys.CodeLifetime);
        if (guesses > SmsCodeKeys.MaxGuesses)
        {
            return Expired();
        }
        if (guess == code)
        {
            return null;
        }
        if (guesses == SmsCodeKeys.MaxGuesses)
        {
            await store.DeleteAsync(SmsCodeKeys.Code(phone));
            return ApiProblems.BadRequest(SmsCodeInvalid, "The SMS code is wrong, and too many wrong codes were tried: ask for a new one.");
        }
        return ApiProblems.BadRequest(SmsCodeInvalid, "The SMS code is wrong.");
    }

    /// <summary>Uses up a verified code; of two requests with the right code at once, only the one that deletes it may go on.</summary>
    public static async Task<ProblemHttpResult?> ConsumeAsync(IKeyValueStore store, string phone, string code) =>
        await store.GetAndDeleteAsync(SmsCodeKeys.Code(phone)) == code ? null : Expired();

    private static ProblemHttpResult Expired() =>
        ApiProblems.BadRequest(SmsCodeExpired, "There is no valid SMS code for this phone. Ask for a new one.");
}
