package com.claimwire.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class KafkaProbeTest {

    @Test
    void apiVersionsRequestIsSizePrefixedVersionZero() {
        ByteBuffer request = ByteBuffer.wrap(KafkaProbe.apiVersionsRequest());

        assertThat(request.getInt()).isEqualTo(request.capacity() - 4);
        assertThat(request.getShort()).isEqualTo((short) 18);
        assertThat(request.getShort()).isZero();
    }

    @Test
    void aListeningSocketThatDoesNotSpeakKafkaIsNotABroker() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> acceptAndClose(silent));
            acceptor.start();

            assertThat(KafkaProbe.servesRequests("127.0.0.1", silent.getLocalPort())).isFalse();
            acceptor.join();
        }
    }

    @Test
    void nothingListeningIsNotABroker() {
        assertThat(KafkaProbe.servesRequests("127.0.0.1", FreePorts.next())).isFalse();
    }

    private static void acceptAndClose(ServerSocket server) {
        try (Socket client = server.accept()) {
            new DataInputStream(client.getInputStream()).readInt();
        } catch (IOException e) {
            // the probe gave up first: nothing to check
        }
    }
}
