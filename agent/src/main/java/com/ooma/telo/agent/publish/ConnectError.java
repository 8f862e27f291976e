package com.ooma.telo.agent.publish;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Why a connect attempt failed, as a class a support engineer can act on; shown in the log line, counted as
 * {@code publish.connect_error.<label>} and reported as {@code agent.connect_errors{class}}. Read from Paho's reason
 * code and the exception chain (types, and for TLS alerts the alert name, never anything the broker sent).
 */
public enum ConnectError {
    /** The broker's host name does not resolve. */
    DNS,
    /** Nothing listens, or the network refuses: TCP connection refused, no route. */
    TCP_REFUSED,
    /** No answer in time: TCP, TLS handshake or CONNACK. */
    TIMEOUT,
    /** The broker's certificate does not chain to a trusted CA. */
    TLS_UNTRUSTED,
    /** The broker's certificate is for another host name. */
    TLS_HOSTNAME,
    /** A certificate in the handshake has expired or is not valid yet (the broker's, or ours as it reports). */
    TLS_EXPIRED,
    /** The broker refused our client certificate (missing, unknown CA, revoked). */
    TLS_CLIENT_REFUSED,
    /** Any other TLS failure (protocol version, cipher, a broken handshake). */
    TLS_OTHER,
    /** The local TLS material or password file could not be loaded. */
    LOCAL_CONFIG,
    /** CONNACK: bad user name or password, or not authorised. */
    AUTH_REFUSED,
    /** CONNACK: server unavailable. */
    BROKER_UNAVAILABLE,
    /** CONNACK: protocol version or client id refused, or a protocol error. */
    PROTOCOL,
    /** The connection dropped during the connect, or anything else. */
    OTHER;

    /** The counter and status-page name, e.g. {@code tls_untrusted}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConnectError classify(Throwable failure) {
        if (failure instanceof MqttException m) {
            switch (m.getReasonCode()) {
                case MqttException.REASON_CODE_FAILED_AUTHENTICATION, MqttException.REASON_CODE_NOT_AUTHORIZED -> {
                    return AUTH_REFUSED;
                }
                case MqttException.REASON_CODE_BROKER_UNAVAILABLE -> {
                    return BROKER_UNAVAILABLE;
                }
                case MqttException.REASON_CODE_INVALID_PROTOCOL_VERSION, MqttException.REASON_CODE_INVALID_CLIENT_ID,
                        MqttException.REASON_CODE_INVALID_MESSAGE -> {
                    return PROTOCOL;
                }
                case MqttException.REASON_CODE_CLIENT_TIMEOUT -> {
                    return TIMEOUT;
                }
                default -> { }
            }
        }
        ConnectError tls = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return DNS;
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return TCP_REFUSED;
            }
            if (t instanceof SocketTimeoutException) {
                return TIMEOUT;
            }
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
                return TLS_EXPIRED;
            }
            if (t instanceof CertPathValidatorException c && c.getReason()
                    == CertPathValidatorException.BasicReason.EXPIRED) {
                return TLS_EXPIRED;
            }
            if (t instanceof SSLException s) {
                tls = tls == null ? fromTls(s) : tls;
            }
            if (t instanceof java.security.cert.CertificateException c && hostnameMismatch(c)) {
                return TLS_HOSTNAME;
            }
            if (t instanceof CertPathValidatorException || t.getClass().getName().endsWith("SunCertPathBuilderException")) {
                tls = TLS_UNTRUSTED;
            }
        }
        return tls != null ? tls : OTHER;
    }

    /** A TLS failure by the alert it carries (the JDK names alerts in its message: "Received fatal alert: …"). */
    private static ConnectError fromTls(SSLException s) {
        String m = String.valueOf(s.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("certificate_required") || m.contains("bad_certificate") || m.contains("unknown_ca")
                || m.contains("certificate_revoked") || m.contains("access_denied")) {
            return TLS_CLIENT_REFUSED;
        }
        if (m.contains("certificate_expired")) {
            return TLS_EXPIRED;
        }
        if (m.contains("no subject alternative") || m.contains("no name matching")) {
            return TLS_HOSTNAME;
        }
        return TLS_OTHER;
    }

    private static boolean hostnameMismatch(java.security.cert.CertificateException c) {
        String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("no subject alternative") || m.contains("no name matching");
    }
}
