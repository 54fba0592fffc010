using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Calendars;

/// <summary>
/// Which addresses a calendar feed may be read from. It is asked about the address each connection is about to be
/// made to, after the name was resolved, so a name that resolves to a public address when checked and to a private
/// one when fetched (DNS rebinding) is still refused. Tests replace it to play a private address on loopback.
/// </summary>
public class PublicAddressPolicy(IOptions<CalendarOptions> options)
{
    public virtual bool Allows(IPAddress address) => options.Value.AllowPrivateAddresses || IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address))
        {
            return false;
        }
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => !(address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                                              || address.IsIPv6UniqueLocal || address.IsIPv6Multicast),
            _ => false,
        };
    }

    private static bool IsPublicIPv4(byte[] bytes) => bytes switch
    {
        [0, ..] => false,                                  // "this network", including 0.0.0.0
        [10, ..] => false,                                 // private
        [100, >= 64 and < 128, ..] => false,               // carrier-grade NAT, shared address space
        [169, 254, ..] => false,                           // link-local, where cloud metadata services answer
        [172, >= 16 and < 32, ..] => false,                // private
        [192, 168, ..] => false,                           // private
        [>= 224, ..] => false,                             // multicast, reserved and broadcast
        _ => true,
    };
}
