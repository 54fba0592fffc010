namespace HomeRental.Api.Demo;

/// <summary>A demo account: its phone signs in with <see cref="DemoData.Password"/>; hosts have a verified identity.</summary>
public sealed record DemoPerson(string Phone, string Username, string? RealName, string? IdNumber, Rgb AvatarColour)
{
    public bool IsHost => IdNumber is not null;
}

/// <summary>What the demo set is made of: its people, the homes' words, and what guests wrote about their stays.</summary>
public static class DemoData
{
    /// <summary>The password of every demo account (the README names the accounts).</summary>
    public const string Password = "demo-password";

    public static readonly IReadOnlyList<DemoPerson> People =
    [
        new("13800000001", "Wang Fang", "Wang Fang", "110101198003121013", new(200, 82, 72)),
        new("13800000002", "Li Wei", "Li Wei", "31010419850721202X", new(62, 120, 178)),
        new("13800000003", "Zhao Min", "Zhao Min", "44030519900915303X", new(86, 150, 100)),
        new("13900000001", "Chen Jing", null, null, new(150, 96, 170)),
        new("13900000002", "Liu Yang", null, null, new(214, 150, 60)),
        new("13900000003", "Sun Li", null, null, new(70, 150, 160)),
    ];

    /// <summary>The guest who has an accepted order waiting for payment.</summary>
    public const string GuestWithOrderToPay = "13900000001";

    public static readonly IReadOnlyList<string> Kinds =
    [
        "Courtyard flat", "Hutong house", "Loft", "Garden studio", "Family apartment", "Rooftop flat", "Quiet one-bedroom",
        "Sunny two-bedroom", "Artist's studio", "Lake-view apartment",
    ];

    public static readonly IReadOnlyList<string> Touches =
    [
        "near the lake", "by the old city wall", "with a reading nook", "above the tea street", "next to the park",
        "with a balcony", "steps from the metro",
    ];

    public static readonly IReadOnlyList<string> Openings =
    [
        "A bright home with tall windows and wooden floors.",
        "A calm place to come back to after a day in the city.",
        "Restored with care, keeping the old beams and the grey brick.",
        "Light in the morning, quiet at night, and a kitchen you will want to cook in.",
        "Made for families: room to play, and a table that seats everyone.",
    ];

    public static readonly IReadOnlyList<string> Details =
    [
        "The bedroom faces the inner courtyard, so the street stays far away.",
        "The metro is an eight-minute walk; buses stop at the corner.",
        "Fresh towels, slippers and tea are waiting when you arrive.",
        "There is a market round the corner that opens at six.",
        "Bikes can be borrowed from the host for free.",
    ];

    public static readonly IReadOnlyList<string> Reviews =
    [
        "Spotless, quiet and exactly like the photos. We would stay again.",
        "The host met us at the door and had tips for every day of our trip.",
        "Great location, comfortable beds, and the kitchen had everything.",
        "A lovely old house with modern comforts. The courtyard was our favourite spot.",
        "Easy check-in and a very warm welcome. Thank you!",
        "Perfect for a family weekend; the children loved the balcony.",
    ];

    public static readonly IReadOnlyList<PictureColours> Palettes =
        [PictureColours.Dusk, PictureColours.Morning, PictureColours.Summer, PictureColours.Sunset, PictureColours.Lavender];
}
