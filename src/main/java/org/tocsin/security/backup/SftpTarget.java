package org.tocsin.security.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * Archives on an SFTP server ({@code sftp://user@host:port/path}): written as NAME.partial and
 * renamed when complete. The server must show a host key listed in the known_hosts file; an
 * unknown one is refused unless trust on first use was asked for, and a changed one always is.
 */
final class SftpTarget implements BackupTarget {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** How to log in and whom to trust, from the environment. */
    record Settings(String password, Path keyFile, Path knownHosts, boolean acceptNewHostKey) {
    }

    private final String display;
    private final String directory;
    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;

    SftpTarget(URI uri, Settings settings) throws IOException {
        if (uri.getHost() == null || uri.getUserInfo() == null || uri.getUserInfo().contains(":")) {
            throw new ArchiveException("an SFTP target looks like sftp://user@host:port/path (the password goes in "
                    + "TOCSIN_BACKUP_SFTP_PASSWORD, not in the address)");
        }
        if (settings.password() == null && settings.keyFile() == null) {
            throw new ArchiveException("SFTP needs TOCSIN_BACKUP_SFTP_PASSWORD or TOCSIN_BACKUP_SFTP_KEY_FILE");
        }
        int port = uri.getPort() < 0 ? 22 : uri.getPort();
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "." : uri.getPath();
        this.directory = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.display = "sftp://" + uri.getUserInfo() + "@" + uri.getHost() + ":" + port + directory;
        Verifier verifier = new Verifier(settings);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(verifier);
        client.start();
        try {
            session = client.connect(uri.getUserInfo(), uri.getHost(), port).verify(TIMEOUT).getSession();
            if (settings.password() != null) {
                session.addPasswordIdentity(settings.password());
            }
            if (settings.keyFile() != null) {
                session.setKeyIdentityProvider(new FileKeyPairProvider(settings.keyFile()));
            }
            session.auth().verify(TIMEOUT);
            sftp = SftpClientFactory.instance().createSftpClient(session);
        } catch (IOException | RuntimeException e) {
            client.stop();
            if (verifier.refused) {
                throw new ArchiveException("the host key of " + uri.getHost() + ":" + port + " is not in "
                        + settings.knownHosts() + " (or has changed): refused. Check its fingerprint, then add it, or "
                        + "set TOCSIN_BACKUP_SFTP_ACCEPT_NEW_HOST_KEY=true once to trust it on first use");
            }
            throw new ArchiveException("cannot log in to " + display + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Upload begin(String name) throws IOException {
        makeDirectories();
        String partial = directory + "/" + name + DataFiles.PARTIAL;
        OutputStream stream = sftp.write(partial);
        return new Upload() {
            @Override
            public OutputStream stream() {
                return stream;
            }

            @Override
            public void complete() throws IOException {
                stream.close();
                sftp.rename(partial, directory + "/" + name);
            }

            @Override
            public void abandon() {
                try {
                    stream.close();
                    sftp.remove(partial);
                } catch (IOException ignored) {
                    // best effort: a left-over .partial file is never taken for an archive
                }
            }
        };
    }

    @Override
    public List<String> archives() throws IOException {
        List<String> names = new ArrayList<>();
        try {
            for (SftpClient.DirEntry entry : sftp.readDir(directory)) {
                if (BackupTarget.isArchiveName(entry.getFilename())) {
                    names.add(entry.getFilename());
                }
            }
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return List.of();
            }
            throw e;
        }
        names.sort(null);
        return names;
    }

    @Override
    public void delete(String name) throws IOException {
        sftp.remove(directory + "/" + name);
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public void close() throws IOException {
        try {
            sftp.close();
            session.close();
        } finally {
            client.stop();
        }
    }

    private void makeDirectories() throws IOException {
        StringBuilder path = new StringBuilder(directory.startsWith("/") ? "" : ".");
        for (String part : directory.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            path.append('/').append(part);
            try {
                sftp.stat(path.toString());
            } catch (SftpException e) {
                sftp.mkdir(path.toString());
            }
        }
    }

    /** Known hosts, remembering whether it refused the key, for a clear message. */
    private static final class Verifier implements ServerKeyVerifier {
        private final ServerKeyVerifier delegate;
        private volatile boolean refused;

        Verifier(Settings settings) throws IOException {
            Path file = settings.knownHosts();
            if (settings.acceptNewHostKey() && file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            this.delegate = new KnownHostsServerKeyVerifier(
                    settings.acceptNewHostKey() ? AcceptAllServerKeyVerifier.INSTANCE : RejectAllServerKeyVerifier.INSTANCE, file);
        }

        @Override
        public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
            boolean ok = delegate.verifyServerKey(session, remoteAddress, serverKey);
            refused |= !ok;
            return ok;
        }
    }
}
