using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace HomeRental.Api.Tests.Support;

public sealed class TestHostEnvironment(string environmentName) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = environmentName;

    public string ApplicationName { get; set; } = "HomeRental.Api";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
