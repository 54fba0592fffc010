using FluentValidation;
using HomeRental.Api.Houses;
using HomeRental.Api.Orders;
using HomeRental.Api.Users;

namespace HomeRental.Api.Tests.Security;

/// <summary>Control characters in free text (a NUL, a terminal escape, a tab) are refused; multi-line texts keep their line breaks.</summary>
public sealed class FreeTextTests
{
    public static TheoryData<string> ControlCharacters => new() { "\u0000", "\u001b[31m", "\t", "\u0007", "\u007f", "\u0085" };

    private static CreateHouseRequest House(string? floorPlan = "2 rooms", string? bedConfig = "1 double bed") =>
        new("Courtyard flat", 35000, 1, "12 Lake Lane", 2, 60, floorPlan, 3, bedConfig, 0, 1, 0, []);

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void The_single_line_texts_of_a_house_refuse_control_characters_and_line_breaks(string control)
    {
        foreach (var text in new[] { $"2 rooms{control}", "2 rooms\nand a hall" })
        {
            Fails(new CreateHouseRequestValidator(), House(floorPlan: text), "FloorPlan");
            Fails(new CreateHouseRequestValidator(), House(bedConfig: text), "BedConfig");
            Fails(new UpdateHouseRequestValidator(), new UpdateHouseRequest(null, null, null, null, null, null, text, null, null, null, null, null, null), "FloorPlan");
            Fails(new UpdateHouseRequestValidator(), new UpdateHouseRequest(null, null, null, null, null, null, null, null, text, null, null, null, null), "BedConfig");
            Fails(new UpdateProfileRequestValidator(), new UpdateProfileRequest($"name{control}"), "Username");
            Fails(new SetIdentityRequestValidator(), new SetIdentityRequest(text, "11010519491231002X"), "RealName");
        }
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void The_multi_line_texts_of_an_order_refuse_control_characters(string control)
    {
        Fails(new CreateOrderRequestValidator(), Booking($"Late arrival{control}"), "Notes");
        Fails(new ChangeOrderStatusRequestValidator(), new ChangeOrderStatusRequest(ChangeOrderStatusRequest.Reject, $"Booked{control}"), "Reason");
        Fails(new ReviewOrderRequestValidator(), new ReviewOrderRequest($"Lovely{control}"), "Comment");
    }

    [Fact]
    public void The_multi_line_texts_of_an_order_keep_their_line_breaks()
    {
        const string lines = "First line\r\nsecond line\nthird";

        new CreateOrderRequestValidator().Validate(Booking(lines)).IsValid.Should().BeTrue();
        new ChangeOrderStatusRequestValidator().Validate(new ChangeOrderStatusRequest(ChangeOrderStatusRequest.Reject, lines)).IsValid.Should().BeTrue();
        new ReviewOrderRequestValidator().Validate(new ReviewOrderRequest(lines)).IsValid.Should().BeTrue();
        new CreateHouseRequestValidator().Validate(House()).IsValid.Should().BeTrue();
    }

    private static CreateOrderRequest Booking(string notes) =>
        new(1, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(12), notes);

    private static void Fails<T>(IValidator<T> validator, T request, string property) =>
        validator.Validate(request).Errors.Should().Contain(error => error.PropertyName == property, $"{typeof(T).Name}.{property} refuses it");
}
