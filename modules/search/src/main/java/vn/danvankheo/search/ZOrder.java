package vn.danvankheo.search;

/**
 * A tile's column and row interleaved bit by bit (Morton order): the tiles inside a coarser tile then have consecutive
 * codes, and a coarser tile's code is a finer one's shifted right by two bits a level.
 */
final class ZOrder {

    private ZOrder() {}

    static long of(int x, int y) {
        return spread(x) | spread(y) << 1;
    }

    static int x(long code) {
        return compact(code);
    }

    static int y(long code) {
        return compact(code >>> 1);
    }

    private static long spread(int value) {
        long bits = value & 0xFFFF_FFFFL;
        bits = (bits | bits << 16) & 0x0000_FFFF_0000_FFFFL;
        bits = (bits | bits << 8) & 0x00FF_00FF_00FF_00FFL;
        bits = (bits | bits << 4) & 0x0F0F_0F0F_0F0F_0F0FL;
        bits = (bits | bits << 2) & 0x3333_3333_3333_3333L;
        return (bits | bits << 1) & 0x5555_5555_5555_5555L;
    }

    private static int compact(long code) {
        long bits = code & 0x5555_5555_5555_5555L;
        bits = (bits | bits >>> 1) & 0x3333_3333_3333_3333L;
        bits = (bits | bits >>> 2) & 0x0F0F_0F0F_0F0F_0F0FL;
        bits = (bits | bits >>> 4) & 0x00FF_00FF_00FF_00FFL;
        bits = (bits | bits >>> 8) & 0x0000_FFFF_0000_FFFFL;
        return (int) ((bits | bits >>> 16) & 0x0000_0000_FFFF_FFFFL);
    }
}
