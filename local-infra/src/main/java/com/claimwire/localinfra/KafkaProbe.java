package com.claimwire.localinfra;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Whether a Kafka broker serves requests, asked with the protocol itself (an ApiVersions v0 request over a
 * plain socket), so that this module needs no Kafka client. A listening socket alone is not enough: the broker
 * binds its port long before it processes requests.
 */
final class KafkaProbe {

    private static final short API_VERSIONS = 18;
    private static final int CORRELATION_ID = 0x0C1A1; // any value; checked in the answer
    private static final int TIMEOUT_MILLIS = 1_000;

    private KafkaProbe() {
    }

    static boolean servesRequests(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write(apiVersionsRequest());
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            int correlationId = in.readInt();
            short errorCode = in.readShort();
            return size > 6 && correlationId == CORRELATION_ID && errorCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static byte[] apiVersionsRequest() {
        byte[] clientId = "claimwire-probe".getBytes(StandardCharsets.US_ASCII);
        int size = 2 + 2 + 4 + 2 + clientId.length;
        ByteBuffer request = ByteBuffer.allocate(4 + size);
        request.putInt(size);
        request.putShort(API_VERSIONS);
        request.putShort((short) 0);
        request.putInt(CORRELATION_ID);
        request.putShort((short) clientId.length);
        request.put(clientId);
        return request.array();
    }
}
