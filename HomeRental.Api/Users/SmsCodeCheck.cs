using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.SmsCodes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HomeRental.Api.Users;

/// <summary>Checks an SMS code: a wrong one counts against it (the fifth deletes it), the right one is used up.</summary>
public static class SmsCodeCheck
{
    public const string SmsCodeExpired = "sms_code_expired";
    public const string SmsCodeInvalid = "sms_code_invalid";

    public static async Task<ProblemHttpResult?> ConsumeAsync(IKeyValueStore store, string phone, string code)
    {
        var expected = await store.GetAsync(SmsCodeKeys.Code(phone));
        if (expected is null)
        {
            return Expired();
        }
        if (expected != code)
        {
            var wrongAttempts = await store.IncrementAsync(SmsCodeKeys.WrongAttempts(phone), SmsCodeKeys.CodeLifetime);
            if (wrongAttempts >= SmsCodeKeys.MaxWrongAttempts)
            {
                await store.DeleteAsync(SmsCodeKeys.Code(phone));
                await store.DeleteAsync(SmsCodeKeys.WrongAttempts(phone));
                return ApiProblems.BadRequest(SmsCodeInvalid, "The SMS code is wrong, and too many wrong codes were tried: ask for a new one.");
            }
            return ApiProblems.BadRequest(SmsCodeInvalid, "The SMS code is wrong.");
        }

        // Of two requests with the right code at once, only the one that deletes it may go on.
        if (await store.GetAndDeleteAsync(SmsCodeKeys.Code(phone)) != code)
        {
            return Expired();
        }
        await store.DeleteAsync(SmsCodeKeys.WrongAttempts(phone));
        return null;
    }

    private static ProblemHttpResult Expired() =>
        ApiProblems.BadRequest(SmsCodeExpired, "There is no valid SMS code for this phone. Ask for a new one.");
}
