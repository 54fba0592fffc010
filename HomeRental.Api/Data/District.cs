namespace HomeRental.Api.Data;

public class District
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
}
