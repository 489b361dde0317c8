package com.claimwire.localinfra;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Whether a Kafka broker serves requests, asked with the protocol itself over a plain socket, so that this module
 * needs no Kafka client. A listening socket alone is not enough: the broker binds its port long before it processes
 * requests, and it answers requests a little before it has registered itself with its controller, when creating a
 * topic still fails ("only 0 broker(s) are registered").
 */
final class KafkaProbe {

    private static final short API_VERSIONS = 18;
    private static final short METADATA = 3;
    /** The oldest Metadata version Kafka 4 still accepts; its header and body use no tagged fields. */
    private static final short METADATA_VERSION = 4;
    private static final int CORRELATION_ID = 0x0C1A1; // any value; checked in the answer
    private static final int TIMEOUT_MILLIS = 1_000;
    private static final byte[] CLIENT_ID = "claimwire-probe".getBytes(StandardCharsets.US_ASCII);

    private KafkaProbe() {
    }

    /** Whether something on {@code port} answers a Kafka ApiVersions request without an error. */
    static boolean servesRequests(String host, int port) {
        try (Socket socket = connect(host, port)) {
            DataInputStream in = exchange(socket, apiVersionsRequest());
            int size = in.readInt();
            int correlationId = in.readInt();
            short errorCode = in.readShort();
            return size > 6 && correlationId == CORRELATION_ID && errorCode == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the broker on {@code port} lists at least one registered broker in its metadata, which is when it
     * accepts topics: an empty broker list means it still waits for its controller.
     */
    static boolean hasRegisteredBroker(String host, int port) {
        try (Socket socket = connect(host, port)) {
            DataInputStream in = exchange(socket, metadataRequest());
            int size = in.readInt();
            int correlationId = in.readInt();
            in.readInt(); // throttle time
            int brokers = in.readInt();
            return size > 12 && correlationId == CORRELATION_ID && brokers > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Socket connect(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static DataInputStream exchange(Socket socket, byte[] request) throws IOException {
        DataOutputStream out = new DataOutputStream(socket.getOutputStream());
        out.write(request);
        out.flush();
        return new DataInputStream(socket.getInputStream());
    }

    static byte[] apiVersionsRequest() {
        return request(API_VERSIONS, (short) 0, new byte[0]);
    }

    /** Metadata for no topics (an empty list, not the null that asks for all): only the brokers are wanted. */
    static byte[] metadataRequest() {
        ByteBuffer body = ByteBuffer.allocate(4 + 1);
        body.putInt(0);
        body.put((byte) 0); // allow_auto_topic_creation: false
        return request(METADATA, METADATA_VERSION, body.array());
    }

    /** A size-prefixed request with header version 1: api key, api version, correlation id, client id. */
    private static byte[] request(short apiKey, short apiVersion, byte[] body) {
        int size = 2 + 2 + 4 + 2 + CLIENT_ID.length + body.length;
        ByteBuffer request = ByteBuffer.allocate(4 + size);
        request.putInt(size);
        request.putShort(apiKey);
        request.putShort(apiVersion);
        request.putInt(CORRELATION_ID);
        request.putShort((short) CLIENT_ID.length);
        request.put(CLIENT_ID);
        request.put(body);
        return request.array();
    }
}
