package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.seal.TrustStore;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code set_trust_bundle {bundle: bstr}}: installs a vendor-signed trust bundle (backend key rotation). Refused
 * bundles (bad signature, not canonical, version not above the installed one) get error {@code refused} with the
 * problem in the detail; the agent keeps sealing to the keys it had.
 */
final class SetTrustBundleVerb implements Verb {
    private final TrustStore store;

    SetTrustBundleVerb(TrustStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "set_trust_bundle";
    }

    @Override
    public Reply run(JsonNode args, DeviceControl device) throws Exception {
        JsonNode bundle = args.get("bundle");
        if (args.size() != 1 || bundle == null || !bundle.isBinary()) {
            return Reply.error(BAD_ARGS);
        }
        TrustStore.Install result = store.install(bundle.binaryValue());
        if (result instanceof TrustStore.Install.Installed installed) {
            return Reply.ok(Map.of("version", installed.version()));
        }
        String problem = ((TrustStore.Install.Refused) result).problem().name().toLowerCase(Locale.ROOT);
        return new Reply(Optional.of("refused"), Map.of("problem", problem));
    }
}
