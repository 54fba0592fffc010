using HomeRental.Api.SmsCodes;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HomeRental.Api.Tests.SmsCodes;

public sealed class LogSmsSenderTests : IDisposable
{
    private const string Phone = "13812345678";
    private const string Code = "493027";

    private readonly RecordingLoggerProvider logs = new();
    private readonly ILoggerFactory loggerFactory;

    public LogSmsSenderTests() => loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(logs));

    public void Dispose() => loggerFactory.Dispose();

    [Fact]
    public async Task In_Development_the_code_is_logged_with_the_phone()
    {
        await CreateSender(Environments.Development).SendCodeAsync(Phone, Code, CancellationToken.None);

        var entry = logs.Entries.Should().ContainSingle().Subject;
        entry.Level.Should().Be(LogLevel.Information);
        entry.Properties["SmsCode"].Should().Be(Code);
        entry.Properties["Phone"].Should().Be(Phone);
        entry.Message.Should().Contain(Code);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_Development_neither_the_code_nor_the_whole_phone_is_logged(string environmentName)
    {
        await CreateSender(environmentName).SendCodeAsync(Phone, Code, CancellationToken.None);

        var entry = logs.Entries.Should().ContainSingle().Subject;
        entry.Level.Should().Be(LogLevel.Warning);
        entry.Properties["Phone"].Should().Be("138****5678");
        logs.AllText.Should().NotContain(Code).And.NotContain(Phone);
    }

    private LogSmsSender CreateSender(string environmentName) =>
        new(new TestHostEnvironment(environmentName), loggerFactory.CreateLogger<LogSmsSender>());
}
