package io.eddy.runtime.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command line of a cluster process: {@code --name value} options and {@code key=value} settings. */
final class ProcessArguments {

    private final Map<String, String> options;
    private final Map<String, String> settings;

    private ProcessArguments(Map<String, String> options, Map<String, String> settings) {
        this.options = options;
        this.settings = settings;
    }

    static ProcessArguments parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + arg + " needs a value");
                }
                options.put(arg.substring(2), args[++i]);
            } else if (arg.contains("=")) {
                settings.put(arg.substring(0, arg.indexOf('=')).trim(), arg.substring(arg.indexOf('=') + 1).trim());
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "': use --name value or key=value");
            }
        }
        return new ProcessArguments(options, settings);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return value;
    }

    /**
     * TLS from {@code --tls-keystore <PKCS12 file>} and {@code --tls-password-file <file>} (or
     * {@code --tls-password <password>}, visible to other users in the process list); the store
     * serves as key store and trust store: one cluster-wide certificate. Null for plaintext.
     */
    io.eddy.runtime.rpc.RpcSecurity.Tls tls() throws IOException {
        String store = options.get("tls-keystore");
        if (store == null) {
            return null;
        }
        String passwordFile = options.get("tls-password-file");
        char[] password = passwordFile != null
                ? Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).strip().toCharArray()
                : required("tls-password").toCharArray();
        return new io.eddy.runtime.rpc.RpcSecurity.Tls(Path.of(store), password, Path.of(store), password);
    }

    Map<String, String> settings() {
        return settings;
    }

    /** The cluster secret: the file's content, Base64 (as {@code eddy cluster start} writes it). */
    static byte[] readSecret(String file) throws IOException {
        String text = Files.readString(Path.of(file), StandardCharsets.US_ASCII).trim();
        byte[] secret = Base64.getDecoder().decode(text);
        if (secret.length < 16) {
            throw new IllegalArgumentException("the secret in " + file + " is shorter than 16 bytes");
        }
        return secret;
    }

    /** Writes {@code content} so readers see all of it or nothing. */
    static void writeAtomically(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
