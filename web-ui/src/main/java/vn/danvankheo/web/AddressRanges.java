package vn.danvankheo.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/** A list of addresses and CIDR ranges, IPv4 or IPv6, that a request's address is checked against. */
final class AddressRanges {

    private final List<Range> ranges;

    AddressRanges(List<String> ranges) {
        this.ranges = ranges.stream()
                .map(String::strip)
                .filter(range -> !range.isEmpty())
                .map(Range::parse)
                .toList();
    }

    boolean contain(InetSocketAddress address) {
        return address != null && address.getAddress() != null && contain(address.getAddress());
    }

    boolean contain(InetAddress address) {
        byte[] bytes = address.getAddress();
        return ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    private record Range(byte[] network, int prefixBits) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            String host = slash < 0 ? cidr : cidr.substring(0, slash);
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr);
            }
            try {
                byte[] network = InetAddress.getByName(host).getAddress();
                int bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("Prefix length out of range: " + cidr);
                }
                return new Range(network, bits);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
