using System.Text.Json;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.OpenApi;

/// <summary>
/// The OpenAPI document is one a front end can generate a client from: committed as docs/openapi.json exactly as the
/// app serves it, every field with its rules, every body with an example, every error with its codes, and a
/// TypeScript client generated from it type-checks.
/// </summary>
public sealed class OpenApiDocumentTests(OpenApiDocumentTests.Fixture fixture) : IClassFixture<OpenApiDocumentTests.Fixture>
{
    private const string WriteVariable = "HOMERENTAL_WRITE_OPENAPI";
    private const string DocumentPath = "/swagger/v1/swagger.json";
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public sealed class Fixture : HomeRentalFactory
    {
        private string? document;

        public async Task<string> DocumentAsync() => document ??= await CreateClient().GetStringAsync(DocumentPath);
    }

    [Fact]
    public async Task The_committed_document_is_the_one_the_app_serves()
    {
        var served = await fixture.DocumentAsync();
        var committedPath = Repository.PathOf("docs", "openapi.json");
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(committedPath, served);
        }
        var committed = File.Exists(committedPath) ? await File.ReadAllTextAsync(committedPath) : string.Empty;

        FirstDifference(committed, served).Should().BeNull(
            $"docs/openapi.json must be what the app serves at {DocumentPath}; regenerate it with " +
            $"`{WriteVariable}=1 ./test.sh --filter \"FullyQualifiedName~OpenApiDocumentTests\"` and commit it");
    }

    [Fact]
    public async Task A_typescript_client_generated_from_it_type_checks()
    {
        var tools = Repository.PathOf("tools", "openapi-client");
        File.Exists(Path.Combine(tools, "node_modules", "openapi-typescript", "bin", "cli.js"))
            .Should().BeTrue("the generator is installed by `npm ci` in tools/openapi-client (./test.sh does it)");
        var document = Path.Combine(Directory.CreateTempSubdirectory("homerental-openapi-").FullName, "openapi.json");
        await File.WriteAllTextAsync(document, await fixture.DocumentAsync());

        var generate = await NodeAsync(tools, "node_modules/openapi-typescript/bin/cli.js", document, "--output", "generated/api.d.ts");
        generate.ExitCode.Should().Be(0, generate.Output);
        var check = await NodeAsync(tools, "node_modules/typescript/bin/tsc", "--project", "tsconfig.json");
        check.ExitCode.Should().Be(0, check.Output);
    }

    [Fact]
    public async Task Tags_come_in_the_order_a_client_meets_them()
    {
        var tags = (await RootAsync()).GetProperty("tags").EnumerateArray().Select(tag => tag.GetProperty("name").GetString());

        tags.Should().Equal("CSRF", "Captchas", "SMS codes", "Users", "Sessions", "Districts and amenities", "Houses", "Orders");
    }

    [Fact]
    public async Task Every_request_field_states_its_rule()
    {
        var rules = new[] { "maxLength", "minimum", "maximum", "pattern", "format", "enum", "maxItems" };
        var unruled = new List<string>();
        foreach (var (name, schema) in await RequestSchemasAsync())
        {
            foreach (var field in schema.GetProperty("properties").EnumerateObject())
            {
                if (!rules.Any(rule => field.Value.TryGetProperty(rule, out _)))
                {
                    unruled.Add($"{name}.{field.Name}");
                }
            }
        }

        unruled.Should().BeEmpty("each field of a request names its length, range, pattern, format or values");
    }

    [Fact]
    public async Task Every_json_body_has_an_example()
    {
        var missing = new List<string>();
        foreach (var (name, operation) in await OperationsAsync())
        {
            var bodies = new List<(string Where, JsonElement Content)>();
            if (operation.TryGetProperty("requestBody", out var request))
            {
                bodies.Add(("request", request.GetProperty("content")));
            }
            bodies.AddRange(operation.GetProperty("responses").EnumerateObject()
                .Where(response => response.Value.TryGetProperty("content", out _))
                .Select(response => (response.Name, response.Value.GetProperty("content"))));
            foreach (var (where, content) in bodies)
            {
                foreach (var media in content.EnumerateObject().Where(media => media.Name.Contains("json")))
                {
                    if (!media.Value.TryGetProperty("example", out _))
                    {
                        missing.Add($"{name} {where} {media.Name}");
                    }
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_error_response_is_a_problem_that_lists_its_codes()
    {
        var wrong = new List<string>();
        foreach (var (name, operation) in await OperationsAsync())
        {
            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(response => response.Name[0] is '4' or '5'))
            {
                var media = response.Value.GetProperty("content").GetProperty("application/problem+json");
                var codes = media.GetProperty("schema").GetProperty("properties").GetProperty("code").GetProperty("enum")
                    .EnumerateArray().Select(code => code.GetString()!).ToList();
                var description = response.Value.GetProperty("description").GetString()!;
                if (media.GetProperty("schema").GetProperty("allOf")[0].GetProperty("$ref").GetString() != "#/components/schemas/Problem"
                    || codes.Count == 0 || codes.Any(code => ProblemCatalog.Get(code).Status.ToString() != response.Name || !description.Contains($"`{code}`")))
                {
                    wrong.Add($"{name} {response.Name}");
                }
            }
            operation.GetProperty("responses").TryGetProperty("503", out _).Should().BeTrue($"{name} can meet an outage");
        }

        wrong.Should().BeEmpty();
        var problem = (await RootAsync()).GetProperty("components").GetProperty("schemas").GetProperty("Problem");
        problem.GetProperty("required").EnumerateArray().Select(field => field.GetString())
            .Should().Contain(["type", "title", "status", "detail", "code", "traceId"]);
        problem.GetProperty("properties").TryGetProperty("errors", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("get /api/v1.0/houses", "")]
    [InlineData("post /api/v1.0/sessions", "csrf")]
    [InlineData("get /api/v1.0/users/me", "session")]
    [InlineData("patch /api/v1.0/users/me", "session csrf")]
    [InlineData("delete /api/v1.0/sessions/current", "csrf")]
    [InlineData("post /api/v1.0/orders/{id}/payment", "session csrf")]
    public async Task Operations_name_the_session_cookie_and_the_csrf_header_they_need(string operation, string schemes)
    {
        var (method, path) = (operation.Split(' ')[0], operation.Split(' ')[1]);
        var found = (await RootAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        var required = found.TryGetProperty("security", out var security)
            ? security.EnumerateArray().Single().EnumerateObject().Select(scheme => scheme.Name).ToList()
            : [];
        required.Should().BeEquivalentTo(schemes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var parameters = found.TryGetProperty("parameters", out var listed) ? listed.EnumerateArray().ToList() : [];
        parameters.Should().NotContain(parameter => parameter.GetProperty("in").GetString() == "header",
            "the CSRF header is described once, as a security scheme");
    }

    [Fact]
    public async Task The_session_cookie_and_the_csrf_header_are_security_schemes()
    {
        var schemes = (await RootAsync()).GetProperty("components").GetProperty("securitySchemes");

        schemes.GetProperty("session").GetProperty("in").GetString().Should().Be("cookie");
        schemes.GetProperty("session").GetProperty("name").GetString().Should().Be("homerental_session");
        schemes.GetProperty("csrf").GetProperty("in").GetString().Should().Be("header");
        schemes.GetProperty("csrf").GetProperty("name").GetString().Should().Be("X-CSRF-Token");
    }

    [Fact]
    public async Task Every_query_parameter_is_described()
    {
        var undescribed = (await OperationsAsync())
            .SelectMany(operation => operation.Operation.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray()
                    .Where(parameter => parameter.GetProperty("in").GetString() == "query" && !parameter.TryGetProperty("description", out _))
                    .Select(parameter => $"{operation.Name} {parameter.GetProperty("name").GetString()}")
                : [])
            .ToList();

        undescribed.Should().BeEmpty();
    }

    [Theory]
    [InlineData("OrderStatus", "PENDING", "REVIEW_PENDING")]
    [InlineData("ChangeOrderStatusRequest.action", "accept", "reject")]
    public async Task Fixed_values_are_enums(string schema, params string[] values)
    {
        var schemas = (await RootAsync()).GetProperty("components").GetProperty("schemas");
        var parts = schema.Split('.');
        var found = parts.Length == 1 ? schemas.GetProperty(parts[0]) : schemas.GetProperty(parts[0]).GetProperty("properties").GetProperty(parts[1]);

        found.GetProperty("enum").EnumerateArray().Select(value => value.GetString()).Should().Contain(values);
    }

    [Fact]
    public async Task Stay_dates_are_dates_and_timestamps_are_date_times()
    {
        var schemas = (await RootAsync()).GetProperty("components").GetProperty("schemas");

        schemas.GetProperty("CreateOrderRequest").GetProperty("properties").GetProperty("checkIn").GetProperty("format").GetString().Should().Be("date");
        schemas.GetProperty("OrderResponse").GetProperty("properties").GetProperty("createdAt").GetProperty("format").GetString().Should().Be("date-time");
    }

    private async Task<JsonElement> RootAsync() => JsonDocument.Parse(await fixture.DocumentAsync()).RootElement;

    private async Task<List<(string Name, JsonElement Operation)>> OperationsAsync() =>
        (from path in (await RootAsync()).GetProperty("paths").EnumerateObject()
         from operation in path.Value.EnumerateObject()
         where Methods.Contains(operation.Name)
         select ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)).ToList();

    /// <summary>The component schemas that request bodies refer to.</summary>
    private async Task<List<(string Name, JsonElement Schema)>> RequestSchemasAsync()
    {
        var schemas = (await RootAsync()).GetProperty("components").GetProperty("schemas");
        var names = (await OperationsAsync())
            .Where(operation => operation.Operation.TryGetProperty("requestBody", out _))
            .Select(operation => operation.Operation.GetProperty("requestBody").GetProperty("content").EnumerateObject().First().Value.GetProperty("schema"))
            .Where(schema => schema.TryGetProperty("$ref", out _))
            .Select(schema => schema.GetProperty("$ref").GetString()!.Split('/')[^1])
            .Distinct().ToList();
        names.Should().HaveCountGreaterThanOrEqualTo(10, "every JSON request type is found");
        return names.Select(name => (name, schemas.GetProperty(name))).ToList();
    }

    private static Task<ExternalCommand.Result> NodeAsync(string workingDirectory, params string[] arguments) =>
        ExternalCommand.RunAsync("node", arguments, workingDirectory, TimeSpan.FromMinutes(3));

    /// <summary>The first line where the texts part, or null when they are the same.</summary>
    private static string? FirstDifference(string committed, string served)
    {
        var expected = served.ReplaceLineEndings("\n").Split('\n');
        var actual = committed.ReplaceLineEndings("\n").Split('\n');
        for (var line = 0; line < Math.Max(expected.Length, actual.Length); line++)
        {
            var want = line < expected.Length ? expected[line] : "(end of file)";
            var have = line < actual.Length ? actual[line] : "(end of file)";
            if (want != have)
            {
                return $"line {line + 1}: the app serves `{want.Trim()}`, docs/openapi.json has `{have.Trim()}`";
            }
        }
        return null;
    }
}
