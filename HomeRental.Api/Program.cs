using HomeRental.Api.Data;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDbContext<HomeRentalDbContext>(o => o.UseSqlite("Data Source=design.db"));
var app = builder.Build();
app.Run();

public partial class Program;
