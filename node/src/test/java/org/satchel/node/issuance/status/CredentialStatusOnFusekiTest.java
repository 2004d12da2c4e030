package org.satchel.node.issuance.status;

import org.satchel.node.store.StoreBackend;

class CredentialStatusOnFusekiTest extends CredentialStatusContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.FUSEKI;
    }
}
