using HomeRental.Api.Data;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Storage;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Infrastructure.Validation;
using HomeRental.Api.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Users;

public static class UserEndpoints
{
    [ProblemCode(StatusCodes.Status409Conflict, "an account has this phone")]
    public const string PhoneTaken = "phone_taken";
    [ProblemCode(StatusCodes.Status409Conflict, "an account has this username")]
    public const string UsernameTaken = "username_taken";

    public const string AvatarFolder = "avatars";
    [ProblemCode(StatusCodes.Status409Conflict, "the identity was set before and cannot be changed")]
    public const string IdentityAlreadySet = "identity_already_set";
    [ProblemCode(StatusCodes.Status409Conflict, "this identity number is already verified for another account")]
    public const string IdNumberTaken = "id_number_taken";

    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");

        users.MapPost("/", Register)
            .WithValidation<RegisterRequest>()
            .WithName("Register")
            .WithSummary("Creates an account with a phone verified by SMS code, and signs it in.")
            .ProducesProblems(SmsCodeCheck.SmsCodeExpired, SmsCodeCheck.SmsCodeInvalid, PhoneTaken, UsernameTaken);

        var me = users.MapGroup("/me").RequireSignedInUser();
        me.MapGet("/", GetProfile).WithName("GetProfile").WithSummary("The signed-in user's profile.");
        me.MapPatch("/", UpdateProfile)
            .WithValidation<UpdateProfileRequest>()
            .WithName("UpdateProfile")
            .WithSummary("Changes the username.")
            .ProducesProblems(UsernameTaken);
        me.MapPut("/avatar", UploadAvatar)
            .AcceptsImageUpload()
            .WithName("UploadAvatar")
            .WithSummary("Replaces the avatar: multipart field 'avatar', a JPEG, PNG, GIF or WebP of at most 5 MiB.")
            .ProducesProblems(ImageUploads.UnsupportedImage, ImageUploads.FileTooLarge);
        me.MapGet("/identity", GetIdentity).WithName("GetIdentity").WithSummary("The real-name identity, its number masked.");
        me.MapPut("/identity", SetIdentity)
            .WithValidation<SetIdentityRequest>()
            .WithName("SetIdentity")
            .WithSummary("Sets the real name and the 18-character identity number, once; a number verified for another account is 409 id_number_taken.")
            .ProducesProblems(IdentityAlreadySet, IdNumberTaken);
        return api;
    }

    private static async Task<Results<Created<UserProfile>, ProblemHttpResult>> Register(
        RegisterRequest request, HomeRentalDbContext db, IKeyValueStore store, PasswordHashing hashing, TimeProvider timeProvider,
        HttpContext context)
    {
        var username = request.Username?.Trim() ?? await GeneratedUsername.FreeAsync(db);
        var claimProblem = await ClaimPhoneAsync(request, username, db, store);
        if (claimProblem is not null)
        {
            return claimProblem;
        }

        var user = new User { Phone = request.Phone, Username = username };
        await hashing.RunAsync(() => user.SetPassword(request.Password));
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (exception.IsViolatedOn("Users.Phone"))
        {
            return PhoneTakenProblem();
        }
        catch (DbUpdateException exception) when (exception.IsViolatedOn("Users.Username"))
        {
            return UsernameTakenProblem();
        }

        await SessionSignIn.SignInAsync(context, user, timeProvider);
        await db.SaveChangesAsync();
        return TypedResults.Created("/api/v1.0/users/me", UserProfile.From(user));
    }

    /// <summary>
    /// Checks the SMS code before anything else, so that only the owner of the phone may learn that it has an account
    /// (their right code is then used up); with a taken username the code stays, for another try with another name.
    /// </summary>
    private static async Task<ProblemHttpResult?> ClaimPhoneAsync(
        RegisterRequest request, string username, HomeRentalDbContext db, IKeyValueStore store)
    {
        var codeProblem = await SmsCodeCheck.VerifyAsync(store, request.Phone, request.SmsCode);
        if (codeProblem is not null)
        {
            return codeProblem;
        }
        if (await db.Users.AnyAsync(user => user.Phone == request.Phone))
        {
            await SmsCodeCheck.ConsumeAsync(store, request.Phone, request.SmsCode);
            return PhoneTakenProblem();
        }
        if (await db.Users.AnyAsync(user => user.Username == username))
        {
            return UsernameTakenProblem();
        }
        return await SmsCodeCheck.ConsumeAsync(store, request.Phone, request.SmsCode);
    }

    private static Ok<UserProfile> GetProfile(CurrentUser me) => TypedResults.Ok(UserProfile.From(me.User));

    private static async Task<Results<Ok<UserProfile>, ProblemHttpResult>> UpdateProfile(
        UpdateProfileRequest request, CurrentUser me, HomeRentalDbContext db, HouseChanges houseChanges)
    {
        var user = me.User;
        var username = request.Username!.Trim();
        if (await db.Users.AnyAsync(other => other.Username == username && other.Id != user.Id))
        {
            return UsernameTakenProblem();
        }

        user.Username = username;
        await houseChanges.RecordShowingUserAsync(db, user.Id);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (exception.IsViolatedOn("Users.Username"))
        {
            return UsernameTakenProblem();
        }
        await houseChanges.AnnounceAsync();
        return TypedResults.Ok(UserProfile.From(user));
    }

    private static async Task<Results<Ok<AvatarResponse>, ProblemHttpResult>> UploadAvatar(
        IFormFile? avatar, HttpContext context, CurrentUser me, HomeRentalDbContext db, ImageUploads uploads, HouseChanges houseChanges)
    {
        var user = me.User;
        var (url, problem) = await uploads.SaveAsync(avatar, "avatar", AvatarFolder, context.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        var replaced = user.AvatarUrl;
        user.AvatarUrl = url;
        await houseChanges.RecordShowingUserAsync(db, user.Id);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            await uploads.DeleteAsync(url);
            throw;
        }
        await houseChanges.AnnounceAsync();
        await uploads.DeleteAsync(replaced);
        return TypedResults.Ok(new AvatarResponse(url!));
    }

    private static Ok<IdentityResponse> GetIdentity(CurrentUser me) => TypedResults.Ok(IdentityResponse.From(me.User));

    private static async Task<Results<Ok<IdentityResponse>, ProblemHttpResult>> SetIdentity(
        SetIdentityRequest request, CurrentUser me, HomeRentalDbContext db, TimeProvider clock)
    {
        var user = me.User;
        var idNumber = IdentityNumber.Normalize(request.IdNumber);
        if (user.IdNumber is null && await db.Users.AnyAsync(other => other.IdNumber == idNumber && other.Id != user.Id))
        {
            return IdNumberTakenProblem();
        }

        int set;
        try
        {
            // Conditional, so that of concurrent calls exactly one sets the identity; the unique index on IdNumber
            // settles two accounts claiming one number at once.
            set = await db.Users.Where(candidate => candidate.Id == user.Id && candidate.IdNumber == null)
                .ExecuteUpdateAsync(candidate => candidate
                    .SetProperty(u => u.RealName, request.RealName.Trim())
                    .SetProperty(u => u.IdNumber, idNumber)
                    .SetProperty(u => u.UpdatedAt, clock.UtcNow()));
        }
        catch (Exception exception) when (exception.IsViolatedOn("Users.IdNumber"))
        {
            return IdNumberTakenProblem();
        }
        if (set == 0)
        {
            return ApiProblems.Conflict(IdentityAlreadySet, "The identity is already set and cannot be changed.");
        }

        await db.Entry(user).ReloadAsync();
        return TypedResults.Ok(IdentityResponse.From(user));
    }

    private static ProblemHttpResult PhoneTakenProblem() =>
        ApiProblems.Conflict(PhoneTaken, "An account with this phone number already exists. Sign in instead.");

    private static ProblemHttpResult IdNumberTakenProblem() =>
        ApiProblems.Conflict(IdNumberTaken, "This identity number is already verified for another account.");

    private static ProblemHttpResult UsernameTakenProblem() =>
        ApiProblems.Conflict(UsernameTaken, "This username is taken. Choose another one.");
}

public sealed record AvatarResponse(string AvatarUrl);

public sealed record IdentityResponse(string? RealName, string? IdNumber, bool Verified)
{
    public static IdentityResponse From(User user) =>
        new(user.RealName, user.IdNumber is null ? null : IdentityNumber.Mask(user.IdNumber), user.IdentityVerified);
}
