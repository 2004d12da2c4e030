package org.satchel.node.records;

import org.satchel.node.store.StoreBackend;

class AccessRulesOnFusekiTest extends AccessRulesContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.FUSEKI;
    }
}
