namespace HomeRental.Api.Data;

/// <summary>An entity whose creation and last-update times the database context stamps on save.</summary>
public interface IAuditable
{
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}
