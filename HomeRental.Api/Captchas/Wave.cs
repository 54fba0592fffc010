using System.Numerics;

namespace HomeRental.Api.Captchas;

/// <summary>
/// Bends the whole picture: points move up and down along a sine of their x, and sideways along a
/// sine of their y, so baselines undulate and upright strokes wobble.
/// </summary>
internal readonly record struct Wave(
    float VerticalAmplitude, float VerticalFrequency, float VerticalPhase,
    float SidewaysAmplitude, float SidewaysFrequency, float SidewaysPhase)
{
    public static Wave Random(Random random) => new(
        VerticalAmplitude: random.NextSingle(1.2f, 2f),
        VerticalFrequency: 2 * MathF.PI / random.NextSingle(80f, 120f),
        VerticalPhase: random.NextSingle(0f, 2 * MathF.PI),
        SidewaysAmplitude: random.NextSingle(0.5f, 1f),
        SidewaysFrequency: 2 * MathF.PI / random.NextSingle(30f, 45f),
        SidewaysPhase: random.NextSingle(0f, 2 * MathF.PI));

    public Vector2 Displace(Vector2 point) => new(
        point.X + SidewaysAmplitude * MathF.Sin(point.Y * SidewaysFrequency + SidewaysPhase),
        point.Y + VerticalAmplitude * MathF.Sin(point.X * VerticalFrequency + VerticalPhase));
}
