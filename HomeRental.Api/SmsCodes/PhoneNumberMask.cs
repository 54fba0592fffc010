namespace HomeRental.Api.SmsCodes;

/// <summary>Hides the middle of a phone number so logs can tell numbers apart without holding them.</summary>
internal static class PhoneNumberMask
{
    public static string Mask(string phone) =>
        phone.Length < 8 ? new string('*', phone.Length) : $"{phone[..3]}{new string('*', phone.Length - 7)}{phone[^4..]}";
}
