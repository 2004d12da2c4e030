package org.satchel.node.records;

import org.satchel.node.store.StoreBackend;

class AccessRulesOnTdb2Test extends AccessRulesContract {
    @Override
    StoreBackend backend() {
        return StoreBackend.TDB2;
    }
}
