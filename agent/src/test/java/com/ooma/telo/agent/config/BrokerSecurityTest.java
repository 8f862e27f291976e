package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The publish.* security keys: what goes together, and what a plain tcp:// broker must not be given. */
class BrokerSecurityTest {
    private static AgentConfig load(String... sets) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("device.id=0123456789abcdef0123456789abcdef"));
        all.addAll(List.of(sets));
        return ConfigLoader.load(null, all);
    }

    @Test
    void defaults_offerTls13Only_andNoFiles() throws Exception {
        BrokerSecurity s = load("publish.broker=ssl://b.example:8883").brokerSecurity();
        assertThat(s.tlsProtocols()).containsExactly("TLSv1.3");
        assertThat(s.hasTlsSettings()).isFalse();
        assertThat(load("publish.broker=ssl://b.example:8883", "publish.tls.allow_tls12=true").brokerSecurity()
                .tlsProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
    }

    @Test
    void aCertificateWithoutItsKey_isRefused() {
        assertThatThrownBy(() -> load("publish.broker=ssl://b.example:8883", "publish.tls.cert=c.pem"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("go together");
    }

    @Test
    void tlsKeysOrAPassword_onAPlainBroker_areRefused() {
        assertThatThrownBy(() -> load("publish.tls.ca=ca.pem")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("publish.broker").hasMessageContaining("publish.tls");
        assertThatThrownBy(() -> load("publish.username=u", "publish.password_file=p"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("in the clear");
    }

    @Test
    void aPasswordFileNeedsAUserName_andAllowTls12IsABoolean() {
        assertThatThrownBy(() -> load("publish.broker=ssl://b.example:8883", "publish.password_file=p"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("publish.username");
        assertThatThrownBy(() -> load("publish.broker=ssl://b.example:8883", "publish.tls.allow_tls12=yes"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("true or false");
    }
}
