using HomeRental.Api.Calendars;
using HomeRental.Api.Data;
using HomeRental.Api.Districts;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Antiforgery;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Orders;
using HomeRental.Api.Sessions;
using HomeRental.Api.SmsCodes;
using HomeRental.Api.Users;

namespace HomeRental.Api.Infrastructure.OpenApi;

/// <summary>
/// The example body of every request and response in the OpenAPI document, as real values of the types the
/// endpoints read and write, so an example cannot name a field that does not exist.
/// </summary>
internal static class ApiExamples
{
    private static readonly DateTime Created = new(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc);
    private static readonly DateOnly CheckIn = new(2027, 1, 10);
    private static readonly ReferenceItem District = new(1, "Dongcheng");
    private static readonly ReferenceItem[] Amenities = [new(1, "Wi-Fi"), new(2, "Kitchen")];
    private const string Cover = "/uploads/houses/4f9c2a1e7b5d4c3f8e6a0b1c2d3e4f5a.jpg";

    private static readonly HouseSummary Summary = new(7, "Courtyard flat", 35000, "12 Lake Lane", Cover, District, 2, 3, 4,
        new ListingOwner("zhangsan", null));

    private static readonly OrderResponse Order = new(12, new OrderHouse(7, "Courtyard flat", Cover), new OrderGuest(3, "lisi"),
        CheckIn, CheckIn.AddDays(3), 3, 35000, 105000, OrderStatus.Pending, "We arrive late in the evening.", null,
        Created.AddHours(24), Created, Created);

    private static readonly BlockResponse Block = new(31, CheckIn.AddDays(20), CheckIn.AddDays(22), "Painting the bedroom", Created);

    private static readonly CalendarImportResponse Import = new(4, "Other site", "https://calendar.example.com/export/5f2b9c.ics",
        Created, null, 2);

    private static readonly UserProfile Profile = new(3, "lisi", "13812345678", null, false, Created, Created, 1);

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(CsrfTokenResponse)] = new CsrfTokenResponse("CfDJ8Nq2cX3ZJm1Eu0j6..."),
        [typeof(SendSmsCodeRequest)] = new SendSmsCodeRequest("13812345678", "0b7e3c1a-5a55-4c2e-9d1e-2f6a8c2d9f10", "K7PX"),
        [typeof(SmsCodeSent)] = new SmsCodeSent(300, 60),
        [typeof(RegisterRequest)] = new RegisterRequest("13812345678", "123456", "a long password", "lisi"),
        [typeof(UserProfile)] = Profile,
        [typeof(UpdateProfileRequest)] = new UpdateProfileRequest("lisi"),
        [typeof(AvatarResponse)] = new AvatarResponse("/uploads/avatars/9b1e2c3d4f5a6b7c8d9e0f1a2b3c4d5e.png"),
        [typeof(SetIdentityRequest)] = new SetIdentityRequest("Zhang San", "11010519491231002X"),
        [typeof(IdentityResponse)] = new IdentityResponse("Zhang San", "1101**********002X", true),
        [typeof(SignInRequest)] = new SignInRequest("13812345678", "a long password"),
        [typeof(CurrentSession)] = new CurrentSession(3, "lisi", "13812345678"),
        [typeof(IReadOnlyList<ReferenceItem>)] = Amenities,
        [typeof(CreateHouseRequest)] = new CreateHouseRequest("Courtyard flat", 35000, 1, "12 Lake Lane", 2, 60, "2 rooms, 1 hall", 3,
            "1 double bed", 50000, 1, 0, [1, 2]),
        [typeof(UpdateHouseRequest)] = new UpdateHouseRequest(null, 38000, null, null, null, null, null, null, null, null, 2, 14, null),
        [typeof(HouseDetail)] = new HouseDetail(7, "Courtyard flat", 35000, "12 Lake Lane", 2, 60, "2 rooms, 1 hall", 3, "1 double bed",
            50000, 1, 0, 4, Cover, District, Amenities, [new HouseImageResponse(21, Cover)], new HouseOwner(2, "zhangsan", null),
            [new HouseReview("lisi", "Quiet, bright and close to the lake.", Created)]),
        [typeof(HouseImageResponse)] = new HouseImageResponse(21, Cover),
        [typeof(List<FeaturedHouse>)] = new List<FeaturedHouse> { new(7, "Courtyard flat", Cover, 35000) },
        [typeof(PagedList<HouseSummary>)] = new PagedList<HouseSummary>([Summary], 1, 10, 1, 1),
        [typeof(CreateOrderRequest)] = new CreateOrderRequest(7, CheckIn, CheckIn.AddDays(3), "We arrive late in the evening."),
        [typeof(OrderResponse)] = Order,
        [typeof(PagedList<OrderResponse>)] = new PagedList<OrderResponse>([Order], 1, 10, 1, 1),
        [typeof(ChangeOrderStatusRequest)] = new ChangeOrderStatusRequest(ChangeOrderStatusRequest.Accept, null),
        [typeof(ReviewOrderRequest)] = new ReviewOrderRequest("Quiet, bright and close to the lake."),
        [typeof(HouseCalendar)] = new HouseCalendar(7, CheckIn, CheckIn.AddDays(365),
            [new NightRange(CheckIn.AddDays(3), CheckIn.AddDays(6)), new NightRange(CheckIn.AddDays(20), CheckIn.AddDays(22))]),
        [typeof(CreateBlockRequest)] = new CreateBlockRequest(CheckIn.AddDays(20), CheckIn.AddDays(22), "Painting the bedroom"),
        [typeof(BlockResponse)] = Block,
        [typeof(List<BlockResponse>)] = new List<BlockResponse> { Block },
        [typeof(CalendarExportResponse)] = new CalendarExportResponse("https://homerental.example/ical/q2V8xN0dKp4rT7yW1bZ3cF6hJ9mL5sA8uE2iO4gR0vY.ics"),
        [typeof(CreateImportRequest)] = new CreateImportRequest(Import.Name, Import.Url),
        [typeof(CalendarImportResponse)] = Import,
        [typeof(List<CalendarImportResponse>)] = new List<CalendarImportResponse>
        {
            Import,
            new(5, "Holiday let", "https://holidays.example.net/cal/88c1.ics", Created.AddDays(-2),
                "The calendar's server answered 404 Not Found instead of the calendar; check the address.", 1),
        },
        [typeof(List<NightRange>)] = new List<NightRange>
            { new(CheckIn.AddDays(40), CheckIn.AddDays(43)), new(CheckIn.AddDays(60), CheckIn.AddDays(61)) },
    };

    public static object? For(Type type) => Examples.GetValueOrDefault(type);
}
