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
    void metadataRequestAsksVersionFourForNoTopicsSoThatOnlyBrokersAreListed() {
        ByteBuffer request = ByteBuffer.wrap(KafkaProbe.metadataRequest());

        assertThat(request.getInt()).isEqualTo(request.capacity() - 4);
        assertThat(request.getShort()).isEqualTo((short) 3);
        assertThat(request.getShort()).isEqualTo((short) 4);
        request.getInt(); // correlation id
        request.position(request.position() + 2 + request.getShort(request.position())); // client id
        assertThat(request.getInt()).as("topic count").isZero();
        assertThat(request.get()).as("allow auto topic creation").isZero();
        assertThat(request.hasRemaining()).isFalse();
    }

    @Test
    void aListeningSocketThatDoesNotSpeakKafkaIsNotABroker() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                acceptAndClose(silent);
                acceptAndClose(silent);
            });
            acceptor.start();

            assertThat(KafkaProbe.servesRequests("127.0.0.1", silent.getLocalPort())).isFalse();
            assertThat(KafkaProbe.hasRegisteredBroker("127.0.0.1", silent.getLocalPort())).isFalse();
            acceptor.join();
        }
    }

    @Test
    void nothingListeningIsNotABroker() {
        int port = FreePorts.next();
        assertThat(KafkaProbe.servesRequests("127.0.0.1", port)).isFalse();
        assertThat(KafkaProbe.hasRegisteredBroker("127.0.0.1", port)).isFalse();
    }

    private static void acceptAndClose(ServerSocket server) {
        try (Socket client = server.accept()) {
            new DataInputStream(client.getInputStream()).readInt();
        } catch (IOException e) {
            // the probe gave up first: nothing to check
        }
    }
}
