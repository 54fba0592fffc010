namespace HomeRental.Api.Districts;

/// <summary>A district or an amenity, as lists and houses show it.</summary>
public sealed record ReferenceItem(int Id, string Name);
