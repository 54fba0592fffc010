namespace HomeRental.Api.Data;

public class Amenity
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public List<House> Houses { get; set; } = [];
}
