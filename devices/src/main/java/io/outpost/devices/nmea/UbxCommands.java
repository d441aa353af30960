package io.outpost.devices.nmea;

/** UBX requests to send to a u-blox receiver. */
public final class UbxCommands {
    private UbxCommands() {
    }

    /** Polls UBX-MON-VER: the receiver answers with its software and hardware versions. */
    public static byte[] pollMonVer() {
        return frame(UbxMonVer.CLASS, UbxMonVer.ID, new byte[0]);
    }

    /** Polls UBX-SEC-UNIQID: the receiver answers with its chip's unique id. */
    public static byte[] pollSecUniqId() {
        return frame(UbxSecUniqId.CLASS, UbxSecUniqId.ID, new byte[0]);
    }

    static byte[] frame(int messageClass, int messageId, byte[] payload) {
        byte[] frame = new byte[UbxFramer.HEADER + payload.length + 2];
        frame[0] = UbxFramer.SYNC_1;
        frame[1] = UbxFramer.SYNC_2;
        frame[2] = (byte) messageClass;
        frame[3] = (byte) messageId;
        frame[4] = (byte) payload.length;
        frame[5] = (byte) (payload.length >>> 8);
        System.arraycopy(payload, 0, frame, UbxFramer.HEADER, payload.length);
        int checksum = Checksums.ubx(frame, 2, UbxFramer.HEADER + payload.length);
        frame[frame.length - 2] = (byte) checksum;
        frame[frame.length - 1] = (byte) (checksum >>> 8);
        return frame;
    }
}
