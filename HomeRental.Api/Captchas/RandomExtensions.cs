namespace HomeRental.Api.Captchas;

internal static class RandomExtensions
{
    public static float NextSingle(this Random random, float minimum, float maximum) =>
        minimum + random.NextSingle() * (maximum - minimum);
}
