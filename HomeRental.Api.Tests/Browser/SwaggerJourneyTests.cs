using System.Text.RegularExpressions;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;

namespace HomeRental.Api.Tests.Browser;

/// <summary>A tester registers and signs in with nothing but Swagger UI and the log.</summary>
public sealed class SwaggerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_tester_can_register_and_sign_in_from_swagger_ui_alone()
    {
        var tab = await browser.NewPageAsync(height: 1400);
        var page = tab.Page;
        var phone = AccountSteps.NewPhone();
        var captchaId = Guid.NewGuid().ToString();
        await page.GotoAsync("/swagger/index.html");

        var captcha = await ExecuteAsync(page, "Captchas-GetCaptcha", parameters: new() { ["captchaId"] = captchaId });
        (await captcha.Locator(".response-col_status").First.TextContentAsync()).Should().Contain("200");
        var image = captcha.Locator(".response-col_description img");
        await Assertions.Expect(image).ToBeVisibleAsync();
        var captchaText = await browser.Factory.Store().GetAsync($"captcha:{captchaId}");

        var sms = await ExecuteAsync(page, "SMS_codes-SendSmsCode",
            body: $$"""{"phone":"{{phone}}","captchaId":"{{captchaId}}","captchaText":"{{captchaText}}"}""");
        (await sms.Locator(".response-col_status").First.TextContentAsync()).Should().Contain("202");
        var smsCode = LoggedCodeFor(phone);

        var register = await ExecuteAsync(page, "Users-Register",
            body: $$"""{"phone":"{{phone}}","smsCode":"{{smsCode}}","password":"{{AccountSteps.Password}}"}""");
        (await register.Locator(".response-col_status").First.TextContentAsync()).Should().Contain("201");

        var signOut = await ExecuteAsync(page, "Sessions-SignOut");
        (await signOut.Locator(".response-col_status").First.TextContentAsync()).Should().Contain("204");

        var signIn = await ExecuteAsync(page, "Sessions-SignIn",
            body: $$"""{"phone":"{{phone}}","password":"{{AccountSteps.Password}}"}""");
        (await signIn.Locator(".response-col_status").First.TextContentAsync()).Should().Contain("200");

        var current = await ExecuteAsync(page, "Sessions-GetCurrentSession");
        (await current.Locator(".response-col_status").First.TextContentAsync()).Should().Contain("200");
        (await current.Locator(".response-col_description").First.TextContentAsync()).Should().Contain(phone);

        var rename = await ExecuteAsync(page, "Users-UpdateProfile", body: $$"""{"username":"tester-{{phone[^4..]}}"}""");
        (await rename.Locator(".response-col_status").First.TextContentAsync()).Should().Contain("200");
        var token = (await page.Context.CookiesAsync()).Single(cookie => cookie.Name == "csrf_token").Value;
        (await page.Locator("#operations-Users-UpdateProfile .curl").TextContentAsync())
            .Should().Contain($"X-CSRF-Token: {token}", "Copy as curl shows the header that the call sent, with the token of the new session");
        tab.ConsoleErrors.Should().BeEmpty("Swagger UI runs under the content security policy");
    }

    private string LoggedCodeFor(string phone)
    {
        var entry = browser.Factory.Logs.Entries.Last(entry =>
            entry.Category.EndsWith("LogSmsSender") && entry.Properties.TryGetValue("Phone", out var logged) && Equals(logged, phone));
        return Regex.Match(entry.Message, @"\b\d{6}\b").Value;
    }

    /// <summary>Opens the operation, fills it in, executes it and answers the locator of its live response.</summary>
    private static async Task<ILocator> ExecuteAsync(IPage page, string operationId,
        Dictionary<string, string>? parameters = null, string? body = null)
    {
        var operation = page.Locator($"#operations-{operationId}");
        if (!await operation.Locator(".try-out__btn").IsVisibleAsync())
        {
            await operation.Locator(".opblock-summary").ClickAsync();
        }
        var tryOut = operation.Locator(".try-out__btn");
        if ((await tryOut.TextContentAsync())?.Contains("Try it out") == true)
        {
            await tryOut.ClickAsync();
        }
        foreach (var (name, value) in parameters ?? [])
        {
            await operation.Locator($"tr[data-param-name='{name}'] input").FillAsync(value);
        }
        if (body is not null)
        {
            await operation.Locator("textarea.body-param__text").FillAsync(body);
        }
        await operation.Locator("button.execute").ClickAsync();
        var response = operation.Locator(".live-responses-table");
        await Assertions.Expect(response).ToBeVisibleAsync();
        await Assertions.Expect(operation.Locator(".loading-container")).ToHaveCountAsync(0);
        return response.Locator("tbody");
    }
}
