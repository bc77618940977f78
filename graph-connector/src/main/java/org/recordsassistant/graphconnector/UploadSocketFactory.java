package org.recordsassistant.graphconnector;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Plain sockets tuned for streaming uploads. OkHttp layers TLS on top of these sockets, so both settings hold
 * for HTTPS too.
 * <ul>
 *   <li>Nagle's algorithm is off. An upload slice ends in a partial TCP segment; with Nagle on, it waits for the
 *       acknowledgement of the data before it, which the server may hold back for its delayed-ACK timer (40 ms
 *       on Linux): one stall per slice, a hundred per gigabyte.</li>
 *   <li>Writes are gathered into {@value #WRITE_BUFFER_BYTES}-byte blocks. Okio hands the socket one 8 KiB
 *       segment per write, and each is a system call: in the 1 GB benchmark that was over a third of the
 *       client's CPU. OkHttp flushes after every request, and the JDK's TLS layer after every record, so
 *       nothing waits in the buffer.</li>
 * </ul>
 */
final class UploadSocketFactory extends SocketFactory {

    static final int WRITE_BUFFER_BYTES = 64 * 1024;

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new GatheringSocket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket socket = createSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** A socket whose output stream buffers writes until it is full or flushed. */
    private static final class GatheringSocket extends Socket {
        private OutputStream output;

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (output == null) {
                output = new BufferedOutputStream(super.getOutputStream(), WRITE_BUFFER_BYTES);
            }
            return output;
        }
    }
}
