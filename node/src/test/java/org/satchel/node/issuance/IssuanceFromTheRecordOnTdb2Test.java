package org.satchel.node.issuance;

import org.satchel.node.store.StoreBackend;

class IssuanceFromTheRecordOnTdb2Test extends IssuanceFromTheRecordContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.TDB2;
    }
}
