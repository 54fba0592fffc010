using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Storage;
using HomeRental.Api.Infrastructure.Validation;
using HomeRental.Api.Sessions;

namespace HomeRental.Api.Houses;

public static class HouseEndpoints
{
    [ProblemCode(StatusCodes.Status404NotFound, "no house with this id")]
    public const string HouseNotFound = "house_not_found";
    [ProblemCode(StatusCodes.Status403Forbidden, "publishing needs the real-name identity: set it with `PUT /users/me/identity` first")]
    public const string IdentityRequired = "identity_required";

    public static RouteGroupBuilder MapHouses(this RouteGroupBuilder api)
    {
        var houses = api.MapGroup("/houses").WithTags("Houses");

        houses.MapGet("/", HouseReading.Search)
            .WithValidation<HouseSearchQuery>()
            .WithValidation<PageRequest>()
            .WithName("SearchHouses")
            .WithSummary("Finds houses by district and, with checkIn and checkOut (yyyy-MM-dd, both or neither), those free " +
                         "for the whole stay whose night limits allow it. sort: new (default), bookings, price-asc, price-desc; " +
                         "ties go by id in the same direction.");
        houses.MapGet("/featured", HouseReading.Featured)
            .WithName("FeaturedHouses")
            .WithSummary("Up to 5 houses with a cover image, most booked first.");
        houses.MapGet("/{id}", HouseReading.GetDetail)
            .WithName("GetHouse")
            .WithSummary("A house with its district, amenities, images, owner and the 30 newest reviews.")
            .ProducesProblems(ProblemCodes.ValidationFailed, HouseNotFound);

        houses.MapPost("/", HousePublishing.Create)
            .RequireSignedInUser()
            .WithValidation<CreateHouseRequest>()
            .WithName("CreateHouse")
            .WithSummary("Publishes a house; the signed-in user needs a verified identity.")
            .ProducesProblems(IdentityRequired);
        houses.MapPatch("/{id}", HousePublishing.Update)
            .RequireAuthorization()
            .WithValidation<UpdateHouseRequest>()
            .WithName("UpdateHouse")
            .WithSummary("Changes the fields present in the body; owner only. amenityIds, when present, replaces the list.")
            .ProducesProblems(ProblemCodes.Forbidden, HouseNotFound);
        houses.MapPost("/{id}/images", HouseImages.Add)
            .RequireAuthorization()
            .AcceptsImageUpload()
            .WithName("AddHouseImage")
            .WithSummary("Adds an image (multipart field 'image', a JPEG, PNG, GIF or WebP of at most 5 MiB); owner only. " +
                         "The first image becomes the cover.")
            .ProducesProblems(ProblemCodes.ValidationFailed, ImageUploads.UnsupportedImage, ProblemCodes.Forbidden, HouseNotFound,
                ImageUploads.FileTooLarge);
        houses.MapDelete("/{id}/images/{imageId}", HouseImages.Delete)
            .RequireAuthorization()
            .WithName("DeleteHouseImage")
            .WithSummary("Removes an image; owner only. Removing the cover makes the oldest image left the cover, or none: a house " +
                         "without a photo is not listed in search or featured.")
            .ProducesProblems(ProblemCodes.ValidationFailed, ProblemCodes.Forbidden, HouseNotFound, HouseImages.ImageNotFound);
        houses.MapPut("/{id}/cover", HouseImages.SetCover)
            .RequireAuthorization()
            .WithValidation<SetCoverRequest>()
            .WithName("SetHouseCover")
            .WithSummary("Makes one of the house's images its cover; owner only. Answers the house.")
            .ProducesProblems(ProblemCodes.Forbidden, HouseNotFound, HouseImages.ImageNotFound);

        api.MapGet("/users/me/houses", HouseReading.Mine)
            .RequireAuthorization()
            .WithTags("Houses")
            .WithValidation<PageRequest>()
            .WithName("ListMyHouses")
            .WithSummary("The signed-in user's houses, newest first.");
        return api;
    }
}
