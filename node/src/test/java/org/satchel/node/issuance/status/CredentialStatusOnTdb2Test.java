package org.satchel.node.issuance.status;

import org.satchel.node.store.StoreBackend;

class CredentialStatusOnTdb2Test extends CredentialStatusContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.TDB2;
    }
}
