using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using HomeRental.Api.Calendars;
using HomeRental.Api.Captchas;
using HomeRental.Api.Data;
using HomeRental.Api.Demo;
using HomeRental.Api.Districts;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Antiforgery;
using HomeRental.Api.Infrastructure.Health;
using HomeRental.Api.Infrastructure.Http;
using HomeRental.Api.Infrastructure.OpenApi;
using HomeRental.Api.Infrastructure.Pages;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Security;
using HomeRental.Api.Infrastructure.Storage;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Infrastructure.Validation;
using HomeRental.Api.Orders;
using HomeRental.Api.Sessions;
using HomeRental.Api.SmsCodes;
using HomeRental.Api.Users;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRootLocator.Locate() });

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddKeyValueStore();
builder.Services.AddSms(builder.Configuration);
builder.Services.AddCaptchas(builder.Configuration);
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddSingleton<LoginThrottle>();
builder.Services.AddSingleton<PasswordHashing>();
builder.Services.AddHouses();
builder.Services.AddOrders();
builder.Services.AddCalendars();
builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
builder.Services.AddApiProblemDetails();
// Singletons: a validator builds its rules' expression trees when it is made, which per request cost a search about
// a seventh of its CPU; once made, validators are safe to share, and theirs read the clock as they validate.
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
builder.Services.AddSessionAuthentication(builder.Environment);
builder.Services.AddCsrfProtection();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper));
    // A number sent as a string is a field error, as the contract says, not read as a number.
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddApiDocumentation();
builder.Services.AddAppHealthChecks();
builder.Services.AddApiRateLimits();
builder.Services.AddSecurityHeaders();

var app = builder.Build();
await DatabaseInitializer.InitializeAsync(app.Services);

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseForwardedHeadersWhenBehindProxy();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseApiDocumentation();
app.UseStaticFiles();
app.UseUploads();
app.UseRouting();
app.UseRateLimiter();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseAuthentication();
app.UseMiddleware<CsrfValidationMiddleware>();
app.UseAuthorization();

var api = app.MapGroup("/api/v1.0");
api.MapCsrf();
api.MapCaptchas();
api.MapSmsCodes();
api.MapUsers();
api.MapSessions();
api.MapDistricts();
api.MapHouses();
api.MapOrders();
api.MapCalendars();

app.MapAppHealth();
app.MapCalendarFeeds();
app.UsePagesAfterEndpoints();

app.Run();

public partial class Program;
