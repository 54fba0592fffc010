using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Orders;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Orders;

/// <summary>The host's decision, payment, cancellation and review, through HTTP.</summary>
public sealed class OrderActionTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();
    private Person host = null!;
    private Person guest = null!;
    private Person stranger = null!;
    private int houseId;

    private DateOnly Today => factory.Clock.Today;

    public async Task InitializeAsync()
    {
        host = await factory.NewPersonAsync();
        guest = await factory.NewPersonAsync();
        stranger = await factory.NewPersonAsync();
        houseId = await factory.AddHouseAsync(host);
    }

    [Fact]
    public async Task The_host_accepts_a_pending_order_and_the_guest_pays_it()
    {
        var order = await PlaceAsync();
        var changes = await factory.HouseChangeCountAsync(houseId);

        var accepted = await (await host.Client.AcceptAsync(order.Id)).ReadJsonAsync<OrderBody>();
        var afterAccept = await factory.HouseChangeCountAsync(houseId);
        var paid = await (await guest.Client.PayAsync(order.Id)).ReadJsonAsync<OrderBody>();

        accepted.Should().BeEquivalentTo(order, options => options.Excluding(body => body.Status).Excluding(body => body.UpdatedAt));
        accepted.Status.Should().Be("UNPAID");
        paid.Status.Should().Be("PAID");
        ChargesFor(order.Id).Should().Equal(new PaymentCharge(order.Id, guest.Id, order.TotalAmountCents));
        order.TotalAmountCents.Should().Be(2 * OrderSteps.PriceCents, "two nights at the house's price");
        (await factory.BookingCountAsync(houseId)).Should().Be(1);
        afterAccept.Should().BeGreaterThan(changes);
        (await factory.HouseChangeCountAsync(houseId)).Should().BeGreaterThan(afterAccept);
    }

    [Fact]
    public async Task The_host_rejects_with_a_reason_kept_as_the_comment()
    {
        var order = await PlaceAsync();

        var response = await host.Client.DecideAsync(order.Id, "reject", "  The house is closed that week.  ");

        var rejected = await response.ReadJsonAsync<OrderBody>();
        (rejected.Status, rejected.Comment).Should().Be(("REJECTED", "The house is closed that week."));
        (await guest.Client.GetOrderAsync(order.Id)).Comment.Should().Be("The house is closed that week.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_rejection_needs_a_reason(string? reason)
    {
        var order = await PlaceAsync();

        var response = await host.Client.DecideAsync(order.Id, "reject", reason);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        await ExpectStatusAsync(order.Id, "PENDING");
    }

    [Fact]
    public async Task A_reason_may_be_500_characters_but_not_more()
    {
        var order = await PlaceAsync();

        var tooLong = await host.Client.DecideAsync(order.Id, "reject", new string('r', 501));

        var problem = await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        (await host.Client.DecideAsync(order.Id, "reject", new string('r', 500))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("ACCEPT")]
    [InlineData("approve")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Only_accept_and_reject_are_actions(string? action)
    {
        var order = await PlaceAsync();

        var response = await host.Client.PutAsJsonAsync($"/api/v1.0/orders/{order.Id}/status", new { action, reason = "because" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("action", out _).Should().BeTrue();
        await ExpectStatusAsync(order.Id, "PENDING");
    }

    [Fact]
    public async Task The_guest_cancels_a_pending_or_an_unpaid_order()
    {
        var pending = await PlaceAsync(1, 3);
        var unpaid = await PlaceAsync(3, 5);
        (await host.Client.AcceptAsync(unpaid.Id)).StatusCode.Should().Be(HttpStatusCode.OK);

        var first = await guest.Client.CancelAsync(pending.Id);
        var second = await guest.Client.CancelAsync(unpaid.Id);

        (await first.ReadJsonAsync<OrderBody>()).Status.Should().Be("CANCELLED");
        (await second.ReadJsonAsync<OrderBody>()).Status.Should().Be("CANCELLED");
    }

    [Fact]
    public async Task A_paid_stay_becomes_review_pending_on_its_check_out_date_and_the_review_completes_it()
    {
        var order = await PlaceAsync(1, 3);
        await AcceptAndPayAsync(order.Id);

        var early = await guest.Client.ReviewAsync(order.Id, "Lovely.");
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var lastNight = await guest.Client.GetOrderAsync(order.Id);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var checkOutDay = await guest.Client.GetOrderAsync(order.Id);
        var changes = await factory.HouseChangeCountAsync(houseId);
        var review = await guest.Client.ReviewAsync(order.Id, "  Quiet, clean and close to the lake.  ");

        await early.ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_order_state");
        lastNight.Status.Should().Be("PAID");
        checkOutDay.Status.Should().Be("REVIEW_PENDING");
        var completed = await review.ReadJsonAsync<OrderBody>();
        (completed.Status, completed.Comment).Should().Be(("COMPLETED", "Quiet, clean and close to the lake."));
        (await host.Client.GetOrderAsync(order.Id)).Status.Should().Be("COMPLETED");
        (await factory.HouseChangeCountAsync(houseId)).Should().BeGreaterThan(changes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task A_review_needs_a_comment(string? comment)
    {
        var order = await FinishedStayAsync();

        var response = await guest.Client.ReviewAsync(order.Id, comment);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("comment", out _).Should().BeTrue();
        await ExpectStatusAsync(order.Id, "REVIEW_PENDING");
    }

    [Fact]
    public async Task A_review_may_be_500_characters_but_not_more()
    {
        var order = await FinishedStayAsync();

        var tooLong = await guest.Client.ReviewAsync(order.Id, new string('c', 501));
        var longest = await guest.Client.ReviewAsync(order.Id, new string('c', 500));

        await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        (await longest.ReadJsonAsync<OrderBody>()).Comment.Should().HaveLength(500);
    }

    [Fact]
    public async Task A_finished_stay_can_no_longer_be_cancelled()
    {
        var order = await FinishedStayAsync();

        var response = await guest.Client.CancelAsync(order.Id);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_order_state");
        await ExpectStatusAsync(order.Id, "REVIEW_PENDING");
    }

    // Every action in every status it is not allowed in: PENDING, UNPAID, PAID and the three final ones.
    [Theory]
    [InlineData("PENDING", "pay")]
    [InlineData("PENDING", "review")]
    [InlineData("UNPAID", "accept")]
    [InlineData("UNPAID", "reject")]
    [InlineData("UNPAID", "review")]
    [InlineData("PAID", "accept")]
    [InlineData("PAID", "reject")]
    [InlineData("PAID", "pay")]
    [InlineData("PAID", "cancel")]
    [InlineData("PAID", "review")]
    [InlineData("CANCELLED", "accept")]
    [InlineData("CANCELLED", "pay")]
    [InlineData("CANCELLED", "cancel")]
    [InlineData("REJECTED", "reject")]
    [InlineData("REJECTED", "cancel")]
    [InlineData("COMPLETED", "review")]
    [InlineData("COMPLETED", "cancel")]
    public async Task An_action_the_status_does_not_allow_is_a_conflict_and_changes_nothing(string status, string action)
    {
        var order = await OrderInAsync(status);
        var before = await guest.Client.GetOrderAsync(order.Id);
        var charges = ChargesFor(order.Id);

        var response = await ActAsync(action, order.Id);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_order_state");
        (await guest.Client.GetOrderAsync(order.Id)).Should().BeEquivalentTo(before);
        ChargesFor(order.Id).Should().Equal(charges, "a refused payment charges nothing");
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    public async Task The_guest_cannot_decide_for_the_host(string action)
    {
        var order = await PlaceAsync();

        var response = await guest.Client.DecideAsync(order.Id, action, "no");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await ExpectStatusAsync(order.Id, "PENDING");
    }

    [Theory]
    [InlineData("pay")]
    [InlineData("cancel")]
    [InlineData("review")]
    public async Task The_host_cannot_act_for_the_guest(string action)
    {
        var order = await OrderInAsync(action switch { "pay" => "UNPAID", "review" => "REVIEW_PENDING", _ => "PENDING" });
        var before = await guest.Client.GetOrderAsync(order.Id);
        var bookings = await factory.BookingCountAsync(houseId);
        var charges = ChargesFor(order.Id);

        var response = await ActAsync(action, order.Id, host.Client);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        (await guest.Client.GetOrderAsync(order.Id)).Should().BeEquivalentTo(before);
        (await factory.BookingCountAsync(houseId)).Should().Be(bookings);
        ChargesFor(order.Id).Should().Equal(charges);
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    [InlineData("pay")]
    [InlineData("cancel")]
    [InlineData("review")]
    [InlineData("get")]
    public async Task Someone_else_s_order_is_not_found_for_a_stranger_and_does_not_change(string action)
    {
        var order = await PlaceAsync();

        var response = await ActAsync(action, order.Id, stranger.Client);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "order_not_found");
        await ExpectStatusAsync(order.Id, "PENDING");
        ChargesFor(order.Id).Should().BeEmpty();
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("pay")]
    [InlineData("cancel")]
    [InlineData("review")]
    [InlineData("get")]
    public async Task An_unknown_order_is_not_found(string action)
    {
        var response = await ActAsync(action, 424_242, guest.Client);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "order_not_found");
        factory.Payments.Charges.Should().BeEmpty();
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("pay")]
    [InlineData("cancel")]
    [InlineData("review")]
    [InlineData("get")]
    public async Task Order_actions_need_a_session(string action)
    {
        var order = await PlaceAsync();

        var response = await ActAsync(action, order.Id, factory.CreateApiClient());

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await ExpectStatusAsync(order.Id, "PENDING");
        ChargesFor(order.Id).Should().BeEmpty();
    }

    // Ten rounds each, on fresh orders: enough for the two requests to meet inside the app.
    private const int RaceRounds = 10;

    [Fact]
    public async Task Accepting_and_cancelling_at_once_end_as_if_one_ran_after_the_other()
    {
        for (var round = 0; round < RaceRounds; round++)
        {
            var order = await PlaceAsync(1 + 2 * round, 3 + 2 * round);

            var (accept, cancel) = await AtOnceAsync(() => host.Client.AcceptAsync(order.Id), () => guest.Client.CancelAsync(order.Id));

            // Accepted first, the order can still be cancelled; cancelled first, it can no longer be accepted.
            // Either way it ends CANCELLED: an accept that read PENDING must not overwrite the cancellation.
            (await cancel.ReadJsonAsync<OrderBody>()).Status.Should().Be("CANCELLED");
            if (accept.StatusCode != HttpStatusCode.OK)
            {
                await accept.ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_order_state");
            }
            await ExpectStatusAsync(order.Id, "CANCELLED");
        }
    }

    [Fact]
    public async Task Rejecting_and_cancelling_at_once_leave_exactly_one_outcome()
    {
        for (var round = 0; round < RaceRounds; round++)
        {
            var order = await PlaceAsync(1 + 2 * round, 3 + 2 * round);

            var (reject, cancel) = await AtOnceAsync(
                () => host.Client.DecideAsync(order.Id, "reject", "No."), () => guest.Client.CancelAsync(order.Id));

            var winner = await OnlyOneSucceedsAsync(reject, cancel);
            await ExpectStatusAsync(order.Id, winner == reject ? "REJECTED" : "CANCELLED");
        }
    }

    [Fact]
    public async Task Paying_and_cancelling_at_once_leave_exactly_one_outcome()
    {
        for (var round = 0; round < RaceRounds; round++)
        {
            var order = await PlaceAsync(1 + 2 * round, 3 + 2 * round);
            (await host.Client.AcceptAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
            var bookings = await factory.BookingCountAsync(houseId);

            var (pay, cancel) = await AtOnceAsync(() => guest.Client.PayAsync(order.Id), () => guest.Client.CancelAsync(order.Id));

            var paid = await OnlyOneSucceedsAsync(pay, cancel) == pay;
            await ExpectStatusAsync(order.Id, paid ? "PAID" : "CANCELLED");
            (await factory.BookingCountAsync(houseId)).Should().Be(bookings + (paid ? 1 : 0));
            ChargesFor(order.Id).Should().HaveCount(paid ? 1 : 0, "a cancelled order is not charged");
        }
    }

    [Fact]
    public async Task Paying_twice_at_once_charges_and_counts_once()
    {
        var order = await PlaceAsync();
        (await host.Client.AcceptAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);

        var (first, second) = await AtOnceAsync(() => guest.Client.PayAsync(order.Id), () => guest.Client.PayAsync(order.Id));

        await OnlyOneSucceedsAsync(first, second);
        (await factory.BookingCountAsync(houseId)).Should().Be(1);
        ChargesFor(order.Id).Should().Equal(new PaymentCharge(order.Id, guest.Id, order.TotalAmountCents));
    }

    [Fact]
    public async Task Each_paid_order_is_charged_its_own_total_once()
    {
        var shortStay = await PlaceAsync(1, 2);
        var longStay = await PlaceAsync(2, 7);

        await AcceptAndPayAsync(shortStay.Id);
        await AcceptAndPayAsync(longStay.Id);

        factory.Payments.Charges.Should().Equal(
            new PaymentCharge(shortStay.Id, guest.Id, OrderSteps.PriceCents),
            new PaymentCharge(longStay.Id, guest.Id, 5 * OrderSteps.PriceCents));
    }

    /// <summary>Expects one 200 and one 409 invalid_order_state, and answers the 200.</summary>
    private static async Task<HttpResponseMessage> OnlyOneSucceedsAsync(HttpResponseMessage a, HttpResponseMessage b)
    {
        new[] { a.StatusCode, b.StatusCode }.Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        var (winner, loser) = a.StatusCode == HttpStatusCode.OK ? (a, b) : (b, a);
        await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_order_state");
        return winner;
    }

    private static async Task<(HttpResponseMessage, HttpResponseMessage)> AtOnceAsync(
        Func<Task<HttpResponseMessage>> first, Func<Task<HttpResponseMessage>> second)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = Task.Run(async () => { await start.Task; return await first(); });
        var b = Task.Run(async () => { await start.Task; return await second(); });
        start.SetResult();
        return (await a, await b);
    }

    private Task<OrderBody> PlaceAsync(int fromDay = 1, int toDay = 3) =>
        guest.PlaceOrderAsync(houseId, Today.AddDays(fromDay), Today.AddDays(toDay));

    private async Task AcceptAndPayAsync(int orderId)
    {
        (await host.Client.AcceptAsync(orderId)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await guest.Client.PayAsync(orderId)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>A paid stay of nights 1-2 with the clock moved to its check-out day.</summary>
    private async Task<OrderBody> FinishedStayAsync()
    {
        var order = await PlaceAsync(1, 3);
        await AcceptAndPayAsync(order.Id);
        factory.Clock.Advance(TimeSpan.FromDays(3));
        return order;
    }

    private async Task<OrderBody> OrderInAsync(string status)
    {
        var order = status is "REVIEW_PENDING" or "COMPLETED" ? await FinishedStayAsync() : await PlaceAsync();
        switch (status)
        {
            case "UNPAID":
                (await host.Client.AcceptAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
                break;
            case "PAID":
                await AcceptAndPayAsync(order.Id);
                break;
            case "CANCELLED":
                (await guest.Client.CancelAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
                break;
            case "REJECTED":
                (await host.Client.DecideAsync(order.Id, "reject", "No.")).StatusCode.Should().Be(HttpStatusCode.OK);
                break;
            case "COMPLETED":
                (await guest.Client.ReviewAsync(order.Id, "Fine.")).StatusCode.Should().Be(HttpStatusCode.OK);
                break;
        }
        await ExpectStatusAsync(order.Id, status);
        return order;
    }

    /// <summary>Does <paramref name="action"/> as the party it belongs to, unless <paramref name="client"/> says who.</summary>
    private Task<HttpResponseMessage> ActAsync(string action, int orderId, HttpClient? client = null) => action switch
    {
        "accept" => (client ?? host.Client).AcceptAsync(orderId),
        "reject" => (client ?? host.Client).DecideAsync(orderId, "reject", "Not available."),
        "pay" => (client ?? guest.Client).PayAsync(orderId),
        "cancel" => (client ?? guest.Client).CancelAsync(orderId),
        "review" => (client ?? guest.Client).ReviewAsync(orderId, "Nice stay."),
        "get" => (client ?? guest.Client).GetAsync($"/api/v1.0/orders/{orderId}"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private IReadOnlyList<PaymentCharge> ChargesFor(int orderId) => factory.Payments.ChargesFor(orderId);

    private async Task ExpectStatusAsync(int orderId, string status) =>
        (await guest.Client.GetOrderAsync(orderId)).Status.Should().Be(status);

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
