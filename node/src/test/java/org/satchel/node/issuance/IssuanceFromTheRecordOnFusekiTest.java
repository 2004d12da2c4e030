package org.satchel.node.issuance;

import org.satchel.node.store.StoreBackend;

class IssuanceFromTheRecordOnFusekiTest extends IssuanceFromTheRecordContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.FUSEKI;
    }
}
