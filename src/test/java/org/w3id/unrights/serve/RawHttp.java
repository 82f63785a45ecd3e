package org.w3id.unrights.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A POST written by hand on a socket, for bodies too large to send in one piece: the body is written on
 * another thread while the answer is read here, as a server may answer (and close) before it has all of it.
 */
final class RawHttp {
    private RawHttp() {}

    /** The status line of the answer to a POST of {@code size} bytes of {@code filler}. */
    static String postStatus(int port, String path, String contentType, String prefix, long size, boolean chunked) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> writeBody(out, prefix, size, chunked));
            writer.setDaemon(true);
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBody(OutputStream out, String prefix, long size, boolean chunked) {
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) ' ');
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, block, 0, start.length);
        try {
            for (long sent = 0; sent < size; sent += block.length) {
                int n = (int) Math.min(block.length, size - sent);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                java.util.Arrays.fill(block, 0, start.length, (byte) ' ');
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // The server answered and closed before the whole body was sent: expected for a refused body.
        }
    }
}
